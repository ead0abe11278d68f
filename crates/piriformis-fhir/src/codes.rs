//! Standard codes for our concepts, where a verified code exists, keyed by the
//! core's vocabulary ids, with the check digits of their code systems.

use piriformis_core::triage::Pathway;
use piriformis_core::vocab::Vocabulary;
use piriformis_core::{Disposition, LikelySource};

/// ICD-10 (WHO).
pub const ICD10: &str = "http://hl7.org/fhir/sid/icd-10";
/// SNOMED CT.
pub const SNOMED: &str = "http://snomed.info/sct";
/// LOINC.
pub const LOINC: &str = "http://loinc.org";

/// LOINC 72514-3: pain severity, 0-10 verbal numeric rating, reported.
pub const LOINC_PAIN: (&str, &str) = (
    "72514-3",
    "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
);
/// SNOMED CT 229065009: exercise therapy.
pub const SNOMED_EXERCISE_THERAPY: (&str, &str) = ("229065009", "Exercise therapy");

/// A standard code for one of our ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownCode {
    /// The core vocabulary (`Pathway`, `LikelySource`).
    pub vocabulary: &'static str,
    /// The id in that vocabulary.
    pub id: &'static str,
    /// The code system.
    pub system: &'static str,
    /// The code.
    pub code: &'static str,
    /// Its display.
    pub display: &'static str,
}

/// Every verified code we attach, keyed by core ids. Sources: ICD-10 2019
/// tabular list; SNOMED CT International (Global Patient Set).
pub fn known_codes() -> [KnownCode; 5] {
    let k = |vocabulary, id, system, code, display| KnownCode {
        vocabulary,
        id,
        system,
        code,
        display,
    };
    let src = |s: LikelySource| s.id();
    [
        k(
            LikelySource::NAME,
            src(LikelySource::Piriformis),
            ICD10,
            "G57.0",
            "Lesion of sciatic nerve",
        ),
        k(
            LikelySource::NAME,
            src(LikelySource::Spinal),
            ICD10,
            "M54.3",
            "Sciatica",
        ),
        k(
            LikelySource::NAME,
            src(LikelySource::Spinal),
            SNOMED,
            "23056005",
            "Sciatica",
        ),
        k(
            Pathway::NAME,
            Pathway::CaudaEquina.id(),
            ICD10,
            "G83.4",
            "Cauda equina syndrome",
        ),
        k(
            Pathway::NAME,
            Pathway::CaudaEquina.id(),
            SNOMED,
            "192970008",
            "Cauda equina syndrome",
        ),
    ]
}

/// The codes known for an id of a core vocabulary.
pub fn codes_for<T: Vocabulary>(v: T) -> Vec<KnownCode> {
    known_codes()
        .into_iter()
        .filter(|c| c.vocabulary == T::NAME && c.id == v.id())
        .collect()
}

/// Where the priority codes are defined.
pub const PRIORITY_SOURCE: &str =
    "FHIR R4 request-priority: http://hl7.org/fhir/R4/valueset-request-priority.html";

/// The ServiceRequest priority for a disposition, with the reason: rows of
/// (ours, priority, why), codes from [`PRIORITY_SOURCE`] (routine | urgent |
/// asap | stat, least urgent first).
pub const PRIORITY: &[(Disposition, &str, &str)] = &[
    (
        Disposition::SelfCare,
        "routine",
        "no visit needed; routine if one is booked",
    ),
    (
        Disposition::SeeClinician,
        "routine",
        "an ordinary appointment",
    ),
    (
        Disposition::SeeClinicianSoon,
        "urgent",
        "within about two weeks",
    ),
    (Disposition::Urgent, "asap", "the same day"),
    (Disposition::Emergency, "stat", "emergency care now"),
];

/// The priority for a disposition (from [`PRIORITY`]).
pub fn priority(d: Disposition) -> &'static str {
    PRIORITY
        .iter()
        .find(|(x, _, _)| *x == d)
        .map_or("routine", |(_, p, _)| p)
}

/// Whether a SNOMED CT id's last digit is its Verhoeff check digit.
pub fn verhoeff_ok(id: &str) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    if id.len() < 6 || !id.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut c = 0u8;
    for (i, b) in id.bytes().rev().enumerate() {
        c = D[c as usize][P[i % 8][(b - b'0') as usize] as usize];
    }
    c == 0
}

/// Whether a LOINC code (`NNNNN-C`) carries its mod 10 check digit.
pub fn loinc_check_ok(code: &str) -> bool {
    let Some((body, check)) = code.split_once('-') else {
        return false;
    };
    if body.is_empty() || check.len() != 1 || !code.bytes().all(|b| b.is_ascii_digit() || b == b'-')
    {
        return false;
    }
    // Luhn over the body: double every other digit from the right.
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 0 {
                let x = d * 2;
                x / 10 + x % 10
            } else {
                d
            }
        })
        .sum();
    (10 - sum % 10) % 10 == u32::from(check.as_bytes()[0] - b'0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snomed_codes_pass_verhoeff_and_a_changed_digit_fails() {
        let snomed: Vec<&str> = known_codes()
            .iter()
            .filter(|c| c.system == SNOMED)
            .map(|c| c.code)
            .chain([SNOMED_EXERCISE_THERAPY.0])
            .collect();
        assert_eq!(snomed.len(), 3);
        for code in snomed {
            assert!(verhoeff_ok(code), "{code}");
            let mut bad = code.as_bytes().to_vec();
            let last = bad.len() - 1;
            bad[last] = b'0' + (bad[last] - b'0' + 1) % 10;
            assert!(!verhoeff_ok(std::str::from_utf8(&bad).unwrap()));
        }
    }

    #[test]
    fn loinc_pain_code_passes_mod_10_and_others_fail() {
        assert!(loinc_check_ok(LOINC_PAIN.0));
        assert!(loinc_check_ok("97909-6"));
        assert!(!loinc_check_ok("72514-4"));
        assert!(!loinc_check_ok("72514"));
    }

    #[test]
    fn icd10_codes_are_well_formed_and_keys_are_core_ids() {
        for c in known_codes() {
            let ok = match c.vocabulary {
                n if n == LikelySource::NAME => LikelySource::from_id(c.id).is_some(),
                n if n == Pathway::NAME => Pathway::from_id(c.id).is_some(),
                _ => false,
            };
            assert!(ok, "{c:?}");
            if c.system == ICD10 {
                let b = c.code.as_bytes();
                assert!(b[0].is_ascii_uppercase() && b[3] == b'.', "{}", c.code);
            }
        }
    }

    #[test]
    fn every_disposition_has_one_priority_rising_with_urgency() {
        let order = ["routine", "urgent", "asap", "stat"];
        let rank = |d| order.iter().position(|p| *p == priority(d)).unwrap();
        for w in Disposition::ALL.windows(2) {
            assert!(rank(w[0]) <= rank(w[1]));
        }
        for d in Disposition::ALL {
            assert_eq!(PRIORITY.iter().filter(|r| r.0 == *d).count(), 1);
        }
    }
}
