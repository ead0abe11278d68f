"""Python benchmark, run on demand (not a test):

    .venv/bin/python benches/python_triage.py [N]

Compares, side by side on the same machine and data:
  * the batch path `piriformis.triage_many` against an idiomatic pure-Python
    implementation of the same triage rules (below), over N assessments
    (default 100,000), and
  * the per-call cost of `piriformis.triage` from Python (compare with the
    Rust `triage/typical` median from `cargo bench --bench core`).
The pure-Python baseline is first checked against the Rust results on every
valid conformance vector, so the ratio compares equal work.
"""

import json
import pathlib
import sys
import time

import piriformis as pf

ROOT = pathlib.Path(__file__).resolve().parent.parent
CASES = [c for c in json.loads((ROOT / "tests/vectors/triage.json").read_text())["cases"] if "expect" in c]

ORDER = ["self_care", "see_clinician", "see_clinician_soon", "urgent", "emergency"]
FLAGS = ["bladder_or_bowel_control", "saddle_numbness", "both_legs", "sexual_dysfunction", "foot_drop",
         "unsteady_walking", "fever", "unexplained_weight_loss", "night_sweats", "pain_not_eased_by_rest",
         "history_of_cancer", "immunosuppression", "osteoporosis_or_steroids", "new_pain_under20_or_over50",
         "severe_or_constant_pain"]
PIRI = {"prolonged_sitting", "hard_surface", "pressure_on_buttock", "crossing_legs", "hip_internal_rotation"}
SPINE = {"coughing", "sneezing", "spine_bending_or_twisting"}


def py_triage(a):
    """Idiomatic pure-Python version of the core's rules (no validation)."""
    flags = a.get("red_flags", {})
    nerve = a.get("nerve", {})
    legs = nerve.get("legs", "unknown")

    def flag(f):
        v = flags.get(f, "unknown")
        if f == "both_legs" and v == "unknown":
            return {"both": "present", "one": "absent", "neither": "absent"}.get(legs, "unknown")
        return v

    yes = {f for f in FLAGS if flag(f) == "present"}
    fall = a.get("after_fall_or_accident") == "present"
    pain = a.get("pain_now")
    weeks = a.get("self_care_weeks")
    rules = [
        ("bladder_or_bowel", "emergency", "bladder_or_bowel_control" in yes),
        ("saddle_numbness", "emergency", "saddle_numbness" in yes),
        ("both_legs", "emergency", "both_legs" in yes),
        ("sexual_dysfunction", "emergency", "sexual_dysfunction" in yes),
        ("foot_drop", "urgent", "foot_drop" in yes),
        ("unsteady_walking", "urgent", "unsteady_walking" in yes),
        ("worsening_weakness", "urgent", nerve.get("weakness") == "worsening"),
        ("fever_immunosuppressed", "urgent", {"fever", "immunosuppression"} <= yes),
        ("fever_with_weight_loss_or_sweats", "urgent", "fever" in yes and bool({"unexplained_weight_loss", "night_sweats"} & yes)),
        ("cancer_with_warning_signs", "urgent", "history_of_cancer" in yes and bool({"unexplained_weight_loss", "pain_not_eased_by_rest"} & yes)),
        ("fall_with_fragile_bones", "urgent", fall and "osteoporosis_or_steroids" in yes),
        ("fever", "see_clinician_soon", "fever" in yes),
        ("weight_loss", "see_clinician_soon", "unexplained_weight_loss" in yes),
        ("night_sweats", "see_clinician_soon", "night_sweats" in yes),
        ("pain_not_eased_by_rest", "see_clinician_soon", "pain_not_eased_by_rest" in yes),
        ("history_of_cancer", "see_clinician_soon", "history_of_cancer" in yes),
        ("immunosuppression", "see_clinician_soon", "immunosuppression" in yes),
        ("osteoporosis_or_steroids", "see_clinician_soon", "osteoporosis_or_steroids" in yes),
        ("new_pain_age", "see_clinician_soon", "new_pain_under20_or_over50" in yes),
        ("worsening_numbness_or_tingling", "see_clinician_soon", "worsening" in (nerve.get("numbness"), nerve.get("tingling"))),
        ("after_fall_or_accident", "see_clinician_soon", fall),
        ("severe_or_constant_pain", "see_clinician", "severe_or_constant_pain" in yes),
        ("severe_pain_score", "see_clinician", pain is not None and pain >= 7),
        ("stable_weakness", "see_clinician", nerve.get("weakness") in ("stable", "worsening")),
        ("no_improvement", "see_clinician", weeks is not None and weeks >= 3 and a.get("self_care_helped") != "present"),
        ("keeps_coming_back", "see_clinician", a.get("keeps_coming_back") == "present"),
        ("red_flags_unanswered", "see_clinician", any(flag(f) == "unknown" for f in FLAGS)),
    ]
    fired = [(i, d) for i, d, hit in rules if hit] or [("no_warning_signs", "self_care")]
    disposition = max((d for _, d in fired), key=ORDER.index)
    worse = set(a.get("worse_with", []))
    tender = set(a.get("tender_areas", []))
    p = len(worse & PIRI) + ("deep_buttock" in tender)
    s = len(worse & SPINE) + ("spine" in tender)
    source = "unclear" if not (p or s) else "mixed" if p and s else "piriformis" if p else "spinal"
    return {"disposition": disposition, "fired": sorted(i for i, _ in fired), "likely_source": source}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    for c in CASES:
        got = py_triage(c["input"])
        assert got["disposition"] == c["expect"]["disposition"] and got["fired"] == c["expect"]["fired"], c["name"]
    rows = [CASES[i % len(CASES)]["input"] for i in range(n)]

    t0 = time.perf_counter()
    base = [py_triage(a) for a in rows]
    t_py = time.perf_counter() - t0

    t0 = time.perf_counter()
    out = pf.triage_many(rows)
    t_rs = time.perf_counter() - t0
    assert [o["disposition"] for o in out] == [b["disposition"] for b in base]

    k = min(n, 20_000)
    t0 = time.perf_counter()
    for a in rows[:k]:
        pf.triage(a)
    t_one = (time.perf_counter() - t0) / k

    print(f"assessments: {n}")
    print(f"pure Python:            {t_py:.3f} s  ({t_py / n * 1e6:.2f} us each)")
    print(f"piriformis.triage_many: {t_rs:.3f} s  ({t_rs / n * 1e6:.2f} us each)")
    print(f"ratio (pure Python / batch): {t_py / t_rs:.1f}x")
    print(f"piriformis.triage, one call from Python: {t_one * 1e6:.2f} us")


if __name__ == "__main__":
    main()
