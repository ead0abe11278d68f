#!/usr/bin/env python3
"""Writes tests/vectors/triage.json, the triage conformance vectors that the
Rust, Python, Kotlin and Swift tests all run.

Every expectation below is written by hand from the cited tier table (see
docs/triage-tiers.md), never computed by the library: this script only expands
the shared base assessment so that each case states what differs from it.

Usage: scripts/gen_triage_vectors.py [--check]
"""

import copy
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/vectors/triage.json"

# Every main red-flag question, answered "no": the complete base assessment.
# The follow-ups (when a cauda equina sign began; chemotherapy after a weakened
# immune system) are left unanswered, as the interview leaves them.
FLAGS = [
    "bladder_or_bowel_control", "saddle_numbness", "both_legs", "sexual_dysfunction",
    "foot_drop", "unsteady_walking", "fever", "unexplained_weight_loss", "night_sweats",
    "pain_not_eased_by_rest", "history_of_cancer", "immunosuppression",
    "osteoporosis_or_steroids", "new_pain_under20_or_over50", "severe_or_constant_pain",
    "serious_accident", "pain_getting_worse", "injecting_drug_use", "recent_infection",
    "lump_or_swelling", "strenuous_lift",
]
FOLLOW_UP_FLAGS = ["cauda_equina_signs_recent", "recent_chemotherapy"]
NO_NERVE = {"numbness": "absent", "tingling": "absent", "weakness": "absent", "legs": "neither"}
BASE = {
    "side": "right",
    "pain_now": 4,
    "nerve": NO_NERVE,
    "red_flags": {f: "absent" for f in FLAGS},
    "after_fall_or_accident": "absent",
    "keeps_coming_back": "absent",
}

# Sources, by short name (the ids are the library's Citation ids).
NHS_SCIATICA = "NHS website, Sciatica (nhs_sciatica): 999 / A&E list and see-a-GP list"
NHS_BACK = "NHS website, Back pain (nhs_back_pain): 999, urgent GP or 111, and see-a-GP lists"
NHS_INFORM = "NHS inform, Back problems (nhs_inform_back_problems): phone 111 list"
NG234 = "NICE NG234 / CG75 (nice_ng234): spinal metastases and MSCC in people with cancer (clinician)"
CG151 = "NICE CG151 and acute oncology advice (nice_cg151): fever after chemotherapy is an emergency"
ABSCESS = "BNSSG spinal pathway (bnssg_spinal_pathway): spinal infection with progressing nerve loss, A&E"
VERHAGEN = "Verhagen 2016 (verhagen2016): minor trauma from age 50 is a fracture red flag"
GIRFT = "GIRFT national suspected cauda equina pathway 2023 (girft_ces2023): new or worse within 14 days an emergency; long-standing and stable urgent (clinician)"
SHEET = "Community red flags for LBP and radicular pain 2023 (community_red_flags2023)"
GLOS = "Gloucestershire red flags (gloucestershire_red_flags); AHCPR (ahcpr_red_flags): no time frame, the tier is the project's"
AHCPR_SRC = "AHCPR 1994 table 1 (ahcpr_red_flags)"
GUIDE = "The guide's warning signs (guide: warning_signs)"
COMPARISON = "The guide's piriformis-vs-sciatica comparison (guide: sciatica_comparison)"
PROJECT = "Project default: an unanswered red flag is never a no (project_default)"

CASES = []


def case(name, source, disposition=None, fired=None, provisional=False, *, policy=None,
         flags=None, unknown=(), drop=(), nerve=None, error=None, likely=None,
         unanswered=None, unanswered_nerve=None, cautions=None, raw=None, base=BASE, **fields):
    """One case: the base assessment changed by `flags` (red flag -> answer),
    `unknown` (flags answered "unknown"), `drop` (flags left out), `nerve` and
    any other assessment field (None removes it); then the expected result or error."""
    a = copy.deepcopy(base)
    for f, v in (flags or {}).items():
        a["red_flags"][f] = v
    for f in unknown:
        a["red_flags"][f] = "unknown"
    for f in drop:
        del a["red_flags"][f]
    if nerve is not None:
        a["nerve"] = nerve
    for k, v in fields.items():
        if v is None:
            a.pop(k, None)
        else:
            a[k] = v
    a.update(raw or {})
    c = {"name": name, "source": source}
    if policy:
        c["policy"] = policy
    c["input"] = a
    if error is not None:
        # at_least: the disposition the red flags answered "present" still need.
        c["expect_error"] = {"field": error[0], "message_contains": error[1],
                             "at_least": error[2] if len(error) > 2 else None}
    else:
        e = {"disposition": disposition, "fired": sorted(fired), "provisional": provisional}
        if likely:
            e["likely_source"] = likely
        if cautions:
            e["cautions_include"] = cautions
        if unanswered is not None:
            e["unanswered"] = unanswered
        if unanswered_nerve is not None:
            e["unanswered_nerve"] = unanswered_nerve
        c["expect"] = e
    CASES.append(c)


P = "present"
CR = "clinician_referral"
ONE_LEG = lambda **k: {**NO_NERVE, "legs": "one", **k}  # noqa: E731

# ---- the base ----
case("complete, no warning signs", GUIDE, "self_care", ["no_warning_signs"],
     likely="unclear", cautions=["safety_net"], unanswered=[])
case("complete, no warning signs, clinician policy", GUIDE, "self_care", ["no_warning_signs"],
     policy=CR, unanswered=[])

# ---- every red flag alone, under both policies ----
ALONE = {
    # flag: (self-check disposition, clinician disposition, fired, source)
    # A cauda equina sign whose onset is not given counts as new: an emergency.
    "bladder_or_bowel_control": ("emergency", "emergency", ["bladder_or_bowel", "cauda_equina_recent"], NHS_SCIATICA + "; " + GIRFT),
    "saddle_numbness": ("emergency", "emergency", ["saddle_numbness", "cauda_equina_recent"], NHS_SCIATICA + "; " + GIRFT),
    "both_legs": ("emergency", "emergency", ["both_legs", "cauda_equina_recent"], NHS_SCIATICA + "; " + GIRFT),
    # A sexual change alone is rarely cauda equina syndrome: the same day.
    "sexual_dysfunction": ("urgent", "urgent", ["sexual_dysfunction"], NHS_INFORM + "; " + GIRFT + " (sexual dysfunction alone: unlikely CES)"),
    "serious_accident": ("emergency", "emergency", ["serious_accident"], NHS_BACK),
    "foot_drop": ("urgent", "urgent", ["foot_drop"], SHEET),
    "unsteady_walking": ("urgent", "urgent", ["unsteady_walking"], SHEET),
    "fever": ("urgent", "see_clinician_soon", ["fever"], NHS_BACK + "; " + SHEET),
    "unexplained_weight_loss": ("urgent", "see_clinician_soon", ["weight_loss"], NHS_BACK + "; " + SHEET),
    "pain_not_eased_by_rest": ("urgent", "see_clinician_soon", ["pain_not_eased_by_rest"], NHS_BACK + "; " + GLOS),
    "lump_or_swelling": ("urgent", "see_clinician_soon", ["lump_or_swelling"], NHS_BACK + " (a lump, swelling or changed shape: urgent GP or 111)"),
    "injecting_drug_use": ("see_clinician_soon", "see_clinician_soon", ["injecting_drug_use"], SHEET + " (possible immunosuppression, IVDU: within 2 weeks)"),
    "recent_infection": ("see_clinician_soon", "see_clinician_soon", ["recent_infection"], GLOS + " (infection red flags, no time frame: project's 2 weeks)"),
    "night_sweats": ("see_clinician_soon", "see_clinician_soon", ["night_sweats"], GUIDE),
    "history_of_cancer": ("see_clinician_soon", "see_clinician_soon", ["history_of_cancer"], SHEET),
    "immunosuppression": ("see_clinician_soon", "see_clinician_soon", ["immunosuppression"], SHEET),
    "osteoporosis_or_steroids": ("see_clinician_soon", "see_clinician_soon", ["osteoporosis_or_steroids"], SHEET),
    "new_pain_under20_or_over50": ("see_clinician_soon", "see_clinician_soon", ["new_pain_age"], GLOS),
    "severe_or_constant_pain": ("see_clinician", "see_clinician", ["severe_or_constant_pain"], NHS_SCIATICA),
    "pain_getting_worse": ("see_clinician", "see_clinician", ["pain_getting_worse"], NHS_SCIATICA + "; " + NHS_BACK),
}
for flag, (sc, cr, fired, source) in ALONE.items():
    extra = {}
    if flag == "both_legs":
        extra["nerve"] = {**NO_NERVE, "legs": "both"}
    case(f"red flag alone: {flag}", source, sc, fired, flags={flag: P}, **extra)
    case(f"red flag alone, clinician policy: {flag}", source, cr, fired, policy=CR, flags={flag: P}, **extra)

# ---- follow-ups: no rule of their own, they only qualify the flags they follow ----
# A "yes" to one while every flag it follows is "no" contradicts: both are named.
FOLLOW_UPS = {
    "cauda_equina_signs_recent": ("bladder_or_bowel_control", GIRFT),
    "recent_chemotherapy": ("immunosuppression", CG151),
}
CONTRA = "Contradictory answers are asked again, never guessed (project)"
for flag, (parent, source) in FOLLOW_UPS.items():
    case(f"follow-up yes while what it follows is no: {flag}", CONTRA,
         error=(f"red_flags.{flag}", f"red_flags.{parent}"), flags={flag: P})
case("follow-up yes while a weakened immune system is not sure: it stays open", SHEET + "; " + PROJECT,
     "see_clinician", ["red_flags_unanswered"], True,
     flags={"recent_chemotherapy": P}, unknown=["immunosuppression"], unanswered=["immunosuppression"])

# ---- nerve questions answered "not sure": open, never read as "no" ----
case("not sure whether the leg is weak", SHEET + "; " + PROJECT, "see_clinician_soon",
     ["urgent_signs_unanswered"], True, nerve=ONE_LEG(weakness="unknown"), unanswered=[],
     unanswered_nerve=["weakness"])
case("not sure whether the leg is weak, clinician policy", SHEET + "; " + PROJECT, "see_clinician_soon",
     ["urgent_signs_unanswered"], True, policy=CR, nerve=ONE_LEG(weakness="unknown"), unanswered=[],
     unanswered_nerve=["weakness"])
case("not sure about numbness or tingling", GUIDE + "; " + PROJECT, "see_clinician",
     ["red_flags_unanswered"], True, nerve=ONE_LEG(numbness="unknown", tingling="unknown"),
     unanswered=[], unanswered_nerve=["numbness", "tingling"])
case("past cancer and not sure about numbness", NG234 + "; " + PROJECT, "urgent",
     ["emergency_signs_unanswered", "history_of_cancer"], True,
     flags={"history_of_cancer": P}, nerve={**NO_NERVE, "numbness": "unknown", "legs": "unknown"},
     unanswered=[], unanswered_nerve=["numbness"])
case("no leg involved: an unknown nerve sign cannot be there", PROJECT, "self_care", ["no_warning_signs"],
     nerve={**NO_NERVE, "weakness": "unknown"}, unanswered=[], unanswered_nerve=[])
case("both legs answered not sure stays open although one leg is affected", NHS_SCIATICA + "; " + PROJECT,
     "urgent", ["emergency_signs_unanswered"], True, nerve=ONE_LEG(tingling="stable"),
     unknown=["both_legs"], unanswered=["both_legs"])

# ---- "not sure" answers weighed together: harmless apart, an emergency together ----
case("not sure about fever and about weakness: together an emergency", ABSCESS + "; " + PROJECT, "urgent",
     ["emergency_signs_unanswered", "urgent_signs_unanswered"], True, unknown=["fever"],
     nerve=ONE_LEG(weakness="unknown"), unanswered=["fever"], unanswered_nerve=["weakness"])
case("not sure about past cancer and about tingling: together an emergency", NG234 + "; " + PROJECT, "urgent",
     ["emergency_signs_unanswered", "red_flags_unanswered"], True, unknown=["history_of_cancer"],
     nerve=ONE_LEG(tingling="unknown"), unanswered=["history_of_cancer"], unanswered_nerve=["tingling"])
case("both legs answered not sure, but nerve.legs says both", NHS_SCIATICA, "emergency",
     ["both_legs", "cauda_equina_recent"], unknown=["both_legs"], nerve={**NO_NERVE, "tingling": "stable", "legs": "both"})

# ---- cauda equina pathway: the onset splits it under both policies ----
for pol, label in ((None, ""), (CR, ", clinician policy")):
    case(f"cauda equina: bladder change new within 2 weeks{label}", NHS_SCIATICA + "; " + GIRFT, "emergency",
         ["bladder_or_bowel", "cauda_equina_recent"], policy=pol,
         flags={"bladder_or_bowel_control": P, "cauda_equina_signs_recent": P})
    case(f"cauda equina: long-standing, unchanged, checked saddle numbness{label}",
         GIRFT + "; " + NHS_INFORM + " (new onset)", "urgent", ["saddle_numbness"], policy=pol,
         flags={"saddle_numbness": P, "cauda_equina_signs_recent": "absent"})
    case(f"cauda equina: onset not known counts as new{label}", GIRFT + "; BMJ Best Practice",
         "emergency", ["saddle_numbness", "cauda_equina_recent"], policy=pol,
         flags={"saddle_numbness": P}, unknown=["cauda_equina_signs_recent"])
    case(f"cauda equina: a sexual change with a new bladder change{label}", "NHS 111 Wales; BMJ Best Practice",
         "emergency", ["bladder_or_bowel", "cauda_equina_recent", "sexual_dysfunction", "sexual_with_cauda_equina_sign"],
         policy=pol, flags={"bladder_or_bowel_control": P, "sexual_dysfunction": P, "cauda_equina_signs_recent": P})
    case(f"cauda equina: a sexual change with a long-standing, checked saddle sign{label}", "NHS 111 Wales; BMJ Best Practice",
         "emergency", ["saddle_numbness", "sexual_dysfunction", "sexual_with_cauda_equina_sign"],
         policy=pol, flags={"saddle_numbness": P, "sexual_dysfunction": P, "cauda_equina_signs_recent": "absent"})
    case(f"cauda equina: long-standing, checked pain in both legs{label}", GIRFT, "urgent", ["both_legs"],
         policy=pol, flags={"both_legs": P, "cauda_equina_signs_recent": "absent"},
         nerve={**NO_NERVE, "legs": "both"})
case("cauda equina: new saddle numbness", NHS_SCIATICA + "; " + GIRFT, "emergency",
     ["saddle_numbness", "cauda_equina_recent"], flags={"saddle_numbness": P, "cauda_equina_signs_recent": P})
case("cauda equina: a sexual change alone, whatever its onset", GIRFT + " (unlikely CES alone); " + NHS_INFORM,
     "urgent", ["sexual_dysfunction"], flags={"sexual_dysfunction": P})
case("cauda equina: both legs through nerve.legs only", NHS_SCIATICA, "emergency", ["both_legs", "cauda_equina_recent"],
     drop=["both_legs"], nerve={**NO_NERVE, "tingling": "stable", "legs": "both"}, likely="spinal")
case("cauda equina: saddle question unanswered", PROJECT + "; CKS: ask about saddle numbness directly",
     "urgent", ["emergency_signs_unanswered"], True, unknown=["saddle_numbness"],
     unanswered=["saddle_numbness"], cautions=["answer_red_flags"])
case("cauda equina: saddle question left out counts as unanswered", PROJECT, "urgent",
     ["emergency_signs_unanswered"], True, drop=["saddle_numbness"], unanswered=["saddle_numbness"])
case("cauda equina: bladder question unanswered, clinician policy", PROJECT + "; " + GIRFT,
     "urgent", ["emergency_signs_unanswered"], True, policy=CR,
     unknown=["bladder_or_bowel_control"], unanswered=["bladder_or_bowel_control"])
case("cauda equina: sexual question unanswered", PROJECT + "; " + GIRFT,
     "see_clinician_soon", ["urgent_signs_unanswered"], True,
     unknown=["sexual_dysfunction"], unanswered=["sexual_dysfunction"])
case("cauda equina: a sign points to the spine", NHS_SCIATICA + "; " + COMPARISON, "emergency",
     ["bladder_or_bowel", "cauda_equina_recent"], flags={"bladder_or_bowel_control": P}, likely="spinal")
case("cauda equina: an emergency with an unknown flag is final", NHS_SCIATICA, "emergency",
     ["saddle_numbness", "cauda_equina_recent"], flags={"saddle_numbness": P}, unknown=["fever"], unanswered=[])

# ---- spinal metastases in people with cancer now or in the past ----
case("cancer: past cancer with pain below the knee", NG234 + " (radicular pain: immediately)", "emergency",
     ["history_of_cancer", "cancer_with_nerve_signs"], flags={"history_of_cancer": P},
     pain_regions=["buttock", "calf"])
case("cancer: past cancer with tingling in one leg", NG234 + " (sensory symptoms: immediately)", "emergency",
     ["history_of_cancer", "cancer_with_nerve_signs"], flags={"history_of_cancer": P},
     nerve=ONE_LEG(tingling="stable"))
case("cancer: past cancer with leg weakness", NG234 + " (limb weakness: immediately)", "emergency",
     ["history_of_cancer", "cancer_with_nerve_signs", "stable_weakness"], flags={"history_of_cancer": P},
     nerve=ONE_LEG(weakness="stable"))
case("cancer: past cancer with trouble walking", NG234 + " (difficulty walking: immediately)", "emergency",
     ["history_of_cancer", "cancer_with_nerve_signs", "unsteady_walking"],
     flags={"history_of_cancer": P, "unsteady_walking": P})
case("cancer: past cancer, night pain and pain below the knee", NG234, "emergency",
     ["history_of_cancer", "cancer_with_nerve_signs", "cancer_with_spinal_pain", "pain_not_eased_by_rest"],
     flags={"history_of_cancer": P, "pain_not_eased_by_rest": P}, pain_regions=["calf"])
case("cancer: past cancer with a back-of-thigh ache, no nerve signs",
     SHEET + " (past cancer with new pain: within 2 weeks); " + NG234 + " (immediately only with nerve symptoms)",
     "see_clinician_soon", ["history_of_cancer"], flags={"history_of_cancer": P},
     pain_regions=["buttock", "back_of_thigh"])
case("cancer: past cancer with a back-of-thigh ache and night pain", NG234 + " (night pain: within 24 hours)",
     "urgent", ["history_of_cancer", "cancer_with_spinal_pain", "pain_not_eased_by_rest"],
     flags={"history_of_cancer": P, "pain_not_eased_by_rest": P}, pain_regions=["back_of_thigh"])
case("cancer: past cancer with pain in one leg, no nerve signs", SHEET + "; " + NG234, "see_clinician_soon",
     ["history_of_cancer"], flags={"history_of_cancer": P}, nerve=ONE_LEG())
case("cancer: past cancer with night pain", NG234 + " (night pain: within 24 hours)", "urgent",
     ["history_of_cancer", "cancer_with_spinal_pain", "pain_not_eased_by_rest"],
     flags={"history_of_cancer": P, "pain_not_eased_by_rest": P})
case("cancer: past cancer with pain on coughing", NG234 + " (pain on straining: within 24 hours)", "urgent",
     ["history_of_cancer", "cancer_with_spinal_pain"], flags={"history_of_cancer": P},
     worse_with=["coughing"], likely="spinal")
case("cancer: past cancer with a tender spine", NG234 + " (local tenderness: within 24 hours)", "urgent",
     ["history_of_cancer", "cancer_with_spinal_pain"], flags={"history_of_cancer": P},
     tender_areas=["spine"], likely="spinal")
case("cancer: past cancer with pain getting worse", NG234 + " (progressive pain: within 24 hours)", "urgent",
     ["history_of_cancer", "cancer_with_spinal_pain", "pain_getting_worse"],
     flags={"history_of_cancer": P, "pain_getting_worse": P})
case("cancer: past cancer with weight loss", NHS_BACK + "; " + SHEET, "urgent",
     ["history_of_cancer", "weight_loss"],
     flags={"history_of_cancer": P, "unexplained_weight_loss": P})
case("cancer: past cancer with severe constant pain", NG234 + " (severe unremitting pain: within 24 hours)",
     "urgent", ["history_of_cancer", "cancer_with_spinal_pain", "severe_or_constant_pain"],
     flags={"history_of_cancer": P, "severe_or_constant_pain": P})
case("cancer: past cancer with night pain, clinician policy", NG234, "urgent",
     ["history_of_cancer", "cancer_with_spinal_pain", "pain_not_eased_by_rest"], policy=CR,
     flags={"history_of_cancer": P, "pain_not_eased_by_rest": P})
case("cancer: past cancer with leg pain, clinician policy", NG234, "emergency",
     ["history_of_cancer", "cancer_with_nerve_signs"], policy=CR, flags={"history_of_cancer": P},
     pain_regions=["calf"])
case("cancer: pain on coughing alone is ordinary in sciatica", NHS_SCIATICA + " (worse on coughing: normal)",
     "self_care", ["no_warning_signs"], worse_with=["coughing"], likely="spinal")
case("cancer: unanswered cancer question with leg pain", PROJECT + "; " + NG234, "urgent",
     ["emergency_signs_unanswered"], True, unknown=["history_of_cancer"], pain_regions=["calf"],
     unanswered=["history_of_cancer"])
case("cancer: unanswered cancer question without leg pain", PROJECT + "; " + SHEET, "see_clinician",
     ["red_flags_unanswered"], True, unknown=["history_of_cancer"], unanswered=["history_of_cancer"])

# ---- infection ----
case("infection: fever with a weakened immune system, no chemotherapy", NHS_BACK + "; " + SHEET, "urgent",
     ["fever", "fever_with_infection_risk", "immunosuppression"],
     flags={"fever": P, "immunosuppression": P, "recent_chemotherapy": "absent"})
case("infection: fever with injecting drugs", GLOS, "urgent",
     ["fever", "fever_with_infection_risk", "injecting_drug_use"], flags={"fever": P, "injecting_drug_use": P})
case("infection: fever with a recent infection", GLOS, "urgent",
     ["fever", "fever_with_infection_risk", "recent_infection"], flags={"fever": P, "recent_infection": P})
case("infection: fever with injecting drugs, clinician policy", SHEET + " (suspected infection: same day)",
     "urgent", ["fever", "fever_with_infection_risk", "injecting_drug_use"], policy=CR,
     flags={"fever": P, "injecting_drug_use": P})
case("infection: a recent back injection without fever", GLOS + "; " + AHCPR_SRC, "see_clinician_soon",
     ["recent_infection"], flags={"recent_infection": P})
case("infection: injecting drugs without fever, clinician policy", SHEET, "see_clinician_soon",
     ["injecting_drug_use"], policy=CR, flags={"injecting_drug_use": P})
for pol, label in ((None, ""), (CR, ", clinician policy")):
    case(f"infection: fever during chemotherapy{label}", CG151, "emergency",
         ["fever", "fever_with_chemotherapy", "fever_with_infection_risk", "immunosuppression"], policy=pol,
         flags={"fever": P, "immunosuppression": P, "recent_chemotherapy": P})
    case(f"infection: fever with leg weakness getting worse{label}", ABSCESS, "emergency",
         ["fever", "fever_with_nerve_deficit", "stable_weakness", "worsening_weakness"], policy=pol,
         flags={"fever": P}, nerve=ONE_LEG(weakness="worsening"))
case("infection: fever with foot drop", ABSCESS, "emergency", ["fever", "fever_with_nerve_deficit", "foot_drop"],
     flags={"fever": P, "foot_drop": P})
case("infection: a weakened immune system, chemotherapy question unanswered", PROJECT + "; " + SHEET,
     "see_clinician_soon", ["immunosuppression"], flags={"immunosuppression": P}, unanswered=[])
case("infection: fever and a weakened immune system, chemotherapy question unanswered", PROJECT + "; " + CG151,
     "urgent", ["emergency_signs_unanswered", "fever", "fever_with_infection_risk", "immunosuppression"], True,
     flags={"fever": P, "immunosuppression": P}, unanswered=["recent_chemotherapy"])
case("infection: fever with weight loss", NHS_BACK + "; " + GLOS, "urgent",
     ["fever", "fever_with_weight_loss_or_sweats", "weight_loss"],
     flags={"fever": P, "unexplained_weight_loss": P})
case("infection: fever with night sweats", GLOS + "; " + GUIDE, "urgent",
     ["fever", "fever_with_weight_loss_or_sweats", "night_sweats"], flags={"fever": P, "night_sweats": P})
case("infection: fever with night sweats, clinician policy", GLOS, "urgent",
     ["fever", "fever_with_weight_loss_or_sweats", "night_sweats"], policy=CR,
     flags={"fever": P, "night_sweats": P})
case("infection: fever question unanswered", PROJECT + "; " + NHS_BACK, "see_clinician_soon",
     ["urgent_signs_unanswered"], True, unknown=["fever"], unanswered=["fever"])
case("infection: fever question unanswered, clinician policy", PROJECT + "; " + SHEET, "see_clinician",
     ["red_flags_unanswered"], True, policy=CR, unknown=["fever"], unanswered=["fever"])
case("infection: fever with the infection-risk questions unanswered", NHS_BACK, "urgent", ["fever"],
     flags={"fever": P}, unknown=["injecting_drug_use", "recent_infection"], unanswered=[])
case("infection: fever with the infection-risk questions unanswered, clinician policy", SHEET + "; " + PROJECT,
     "see_clinician_soon", ["fever", "urgent_signs_unanswered"], True, policy=CR, flags={"fever": P},
     unknown=["injecting_drug_use", "recent_infection"], unanswered=["injecting_drug_use", "recent_infection"])
case("infection: weight loss and night sweats without fever", NHS_BACK + "; " + GUIDE, "urgent",
     ["night_sweats", "weight_loss"], flags={"unexplained_weight_loss": P, "night_sweats": P})

# ---- fracture ----
case("fracture: a fall with osteoporosis", GLOS, "urgent",
     ["after_fall_or_accident", "fall_with_fragile_bones", "osteoporosis_or_steroids"],
     flags={"osteoporosis_or_steroids": P}, after_fall_or_accident=P)
case("fracture: a first episode under 20 or over 50 after a fall, age not given (saved before the age question)",
     GLOS + "; " + VERHAGEN, "urgent",
     ["after_fall_or_accident", "fall_with_fragile_bones", "new_pain_age"],
     flags={"new_pain_under20_or_over50": P}, after_fall_or_accident=P)
case("fracture: a 72-year-old's minor fall", AHCPR_SRC + " (minor trauma in an older patient); " + VERHAGEN,
     "urgent", ["after_fall_or_accident", "fall_with_fragile_bones"], after_fall_or_accident=P, age=72)
case("fracture: a 50-year-old's minor fall, clinician policy", VERHAGEN, "urgent",
     ["after_fall_or_accident", "fall_with_fragile_bones"], policy=CR, after_fall_or_accident=P, age=50)
case("fracture: a 49-year-old's minor fall", GUIDE + "; " + VERHAGEN, "see_clinician_soon",
     ["after_fall_or_accident"], after_fall_or_accident=P, age=49)
case("fracture: a 17-year-old's first episode after a minor fall", GLOS + " (under 20: a cancer and infection flag)",
     "see_clinician_soon", ["after_fall_or_accident", "new_pain_age"],
     flags={"new_pain_under20_or_over50": P}, after_fall_or_accident=P, age=17)
case("fracture: a fall with osteoporosis, clinician policy", GLOS, "urgent",
     ["after_fall_or_accident", "fall_with_fragile_bones", "osteoporosis_or_steroids"], policy=CR,
     flags={"osteoporosis_or_steroids": P}, after_fall_or_accident=P)
case("fracture: a minor fall alone", GUIDE, "see_clinician_soon", ["after_fall_or_accident"],
     after_fall_or_accident=P)
case("fracture: a 64-year-old's strenuous lift", AHCPR_SRC + " (strenuous lifting in an older patient); " + VERHAGEN,
     "urgent", ["fall_with_fragile_bones"], flags={"strenuous_lift": P}, age=64)
case("fracture: a strenuous lift with long-term steroids, clinician policy", AHCPR_SRC + " (possibly osteoporotic); " + GLOS,
     "urgent", ["fall_with_fragile_bones", "osteoporosis_or_steroids"], policy=CR,
     flags={"strenuous_lift": P, "osteoporosis_or_steroids": P})
case("fracture: a 34-year-old's strenuous lift is an ordinary start", AHCPR_SRC + " (only in an older or osteoporotic patient)",
     "self_care", ["no_warning_signs"], flags={"strenuous_lift": P}, age=34)
case("fracture: a strenuous lift at 50 or over not asked yet", AHCPR_SRC + "; the open question rule of the project",
     "see_clinician_soon", ["urgent_signs_unanswered"], True, drop=["strenuous_lift"], age=58,
     unanswered=["strenuous_lift"])
case("fracture: a serious accident with osteoporosis", NHS_BACK + "; " + GLOS, "emergency",
     ["fall_with_fragile_bones", "osteoporosis_or_steroids", "serious_accident"],
     flags={"serious_accident": P, "osteoporosis_or_steroids": P})
case("fracture: serious accident question unanswered", PROJECT + "; " + NHS_BACK, "urgent",
     ["emergency_signs_unanswered"], True, unknown=["serious_accident"], unanswered=["serious_accident"])
case("fracture: a fall with osteoporosis, serious accident unanswered", PROJECT + "; " + GLOS, "urgent",
     ["after_fall_or_accident", "emergency_signs_unanswered", "fall_with_fragile_bones",
      "osteoporosis_or_steroids"], True, flags={"osteoporosis_or_steroids": P},
     unknown=["serious_accident"], after_fall_or_accident=P, unanswered=["serious_accident"])
case("fracture: osteoporosis question unanswered after a fall", PROJECT + "; " + GLOS, "see_clinician_soon",
     ["after_fall_or_accident", "urgent_signs_unanswered"], True, unknown=["osteoporosis_or_steroids"],
     after_fall_or_accident=P, unanswered=["osteoporosis_or_steroids"])
case("fracture: a first episode over 50 after a fall, age 63, clinician policy", GLOS + "; " + VERHAGEN, "urgent",
     ["after_fall_or_accident", "fall_with_fragile_bones", "new_pain_age"], policy=CR,
     flags={"new_pain_under20_or_over50": P}, after_fall_or_accident=P, age=63)
case("fracture: steroids without a fall", SHEET, "see_clinician_soon", ["osteoporosis_or_steroids"],
     flags={"osteoporosis_or_steroids": P})

# ---- progressive nerve deficit ----
case("nerve: weakness getting worse", SHEET, "urgent", ["stable_weakness", "worsening_weakness"],
     nerve=ONE_LEG(weakness="worsening"))
case("nerve: weakness getting worse, clinician policy", SHEET, "urgent",
     ["stable_weakness", "worsening_weakness"], policy=CR, nerve=ONE_LEG(weakness="worsening"))
case("nerve: stable weakness", SHEET + " (motor loss: within 2 weeks)", "see_clinician_soon",
     ["stable_weakness"], nerve=ONE_LEG(weakness="stable"), cautions=["nerve_symptoms_gentle"])
case("nerve: numbness getting worse", GUIDE, "see_clinician_soon", ["worsening_numbness_or_tingling"],
     nerve=ONE_LEG(numbness="worsening"), cautions=["no_heat_on_numb_skin"])
case("nerve: tingling getting worse", GUIDE, "see_clinician_soon", ["worsening_numbness_or_tingling"],
     nerve=ONE_LEG(tingling="worsening"))
case("nerve: stable numbness, gentle self-care and no heat", GUIDE, "self_care", ["no_warning_signs"],
     nerve=ONE_LEG(numbness="stable"), cautions=["nerve_symptoms_gentle", "no_heat_on_numb_skin"])
case("nerve: foot drop with worsening weakness", SHEET, "urgent",
     ["foot_drop", "stable_weakness", "worsening_weakness"], flags={"foot_drop": P},
     nerve=ONE_LEG(weakness="worsening"))
case("nerve: foot drop question unanswered", PROJECT + "; " + SHEET, "see_clinician_soon",
     ["urgent_signs_unanswered"], True, unknown=["foot_drop"], unanswered=["foot_drop"])
case("nerve: unsteady walking, clinician policy", SHEET, "urgent", ["unsteady_walking"], policy=CR,
     flags={"unsteady_walking": P})
case("nerve: unanswered urgent and priority signs", PROJECT, "see_clinician_soon",
     ["red_flags_unanswered", "urgent_signs_unanswered"], True, unknown=["unsteady_walking", "night_sweats"],
     unanswered=["unsteady_walking", "night_sweats"])
case("nerve: foot drop question unanswered, clinician policy", PROJECT + "; " + SHEET, "see_clinician_soon",
     ["urgent_signs_unanswered"], True, policy=CR, unknown=["foot_drop"], unanswered=["foot_drop"])

# ---- mechanical, piriformis-like ----
PIRI = ["prolonged_sitting", "hard_surface", "crossing_legs"]
case("piriformis: features of the guide's comparison", COMPARISON, "self_care", ["no_warning_signs"],
     worse_with=["hard_surface", "crossing_legs"], tender_areas=["deep_buttock"], likely="piriformis")
# Long sitting also worsens sciatica from a disc: it is not in the guide's comparison table and
# counts for neither side, so on its own the likely source stays unclear.
SITTING = COMPARISON + "; long sitting fits both sources, so it counts for neither (project)"
case("piriformis: prolonged sitting alone is unclear", SITTING, "self_care", ["no_warning_signs"],
     worse_with=["prolonged_sitting"], likely="unclear")
case("piriformis: prolonged sitting with pressure on the buttock", SITTING, "self_care", ["no_warning_signs"],
     worse_with=["prolonged_sitting", "pressure_on_buttock"], likely="piriformis")
case("piriformis: pain 6 is not severe", COMPARISON, "self_care", ["no_warning_signs"], pain_now=6,
     worse_with=PIRI, likely="piriformis")
case("piriformis: pain 7 is severe", COMPARISON + "; " + NHS_BACK, "see_clinician", ["severe_pain_score"],
     pain_now=7, worse_with=PIRI, likely="piriformis", cautions=["start_gently"])
case("piriformis: pain 10 is severe", COMPARISON, "see_clinician", ["severe_pain_score"], pain_now=10)
case("piriformis: pain 0", COMPARISON, "self_care", ["no_warning_signs"], pain_now=0)
case("piriformis: 3 weeks of self-care without help", NHS_SCIATICA + " (not better after a few weeks)",
     "see_clinician", ["no_improvement"], self_care_weeks=3, self_care_helped="absent")
case("piriformis: 6 weeks of self-care, not sure it helped", NHS_SCIATICA, "see_clinician",
     ["no_improvement"], self_care_weeks=6, self_care_helped="unknown")
case("piriformis: 3 weeks of self-care that helped", GUIDE, "self_care", ["no_warning_signs"],
     self_care_weeks=3, self_care_helped=P)
case("piriformis: 2 weeks without help is too early", GUIDE, "self_care", ["no_warning_signs"],
     self_care_weeks=2, self_care_helped="absent")
case("piriformis: keeps coming back", GUIDE, "see_clinician", ["keeps_coming_back"], keeps_coming_back=P)
case("piriformis: regions and qualities alone do not raise urgency", GUIDE, "self_care",
     ["no_warning_signs"], side="left", pain_regions=["buttock", "back_of_thigh", "calf"],
     pain_qualities=["aching", "burning"])
case("piriformis: stable tingling in one leg, gentle self-care", GUIDE, "self_care", ["no_warning_signs"],
     nerve=ONE_LEG(tingling="stable"), worse_with=["prolonged_sitting"], likely="unclear",
     cautions=["nerve_symptoms_gentle"])
case("piriformis: pain getting worse with sitting", NHS_SCIATICA + " (getting worse: see a GP)",
     "see_clinician", ["pain_getting_worse"], flags={"pain_getting_worse": P},
     worse_with=["prolonged_sitting"], likely="unclear")
case("piriformis: severe pain score, clinician policy", COMPARISON, "see_clinician", ["severe_pain_score"],
     policy=CR, pain_now=8, worse_with=PIRI, likely="piriformis")

# ---- mechanical, spinal sciatica ----
case("spinal: coughing, sneezing and a tender spine", COMPARISON, "self_care", ["no_warning_signs"],
     worse_with=["coughing", "sneezing"], tender_areas=["spine"], likely="spinal")
case("spinal: bending or twisting the spine", COMPARISON, "self_care", ["no_warning_signs"],
     worse_with=["spine_bending_or_twisting"], likely="spinal")
case("spinal: mixed features", COMPARISON, "self_care", ["no_warning_signs"],
     worse_with=["hip_internal_rotation", "spine_bending_or_twisting"], likely="mixed")
case("spinal: features that do not tell them apart", COMPARISON, "self_care", ["no_warning_signs"],
     worse_with=["running", "climbing_stairs", "twisting"], likely="unclear")
case("spinal: tender spine with severe pain", COMPARISON + "; " + NHS_BACK, "see_clinician",
     ["severe_pain_score"], pain_now=8, tender_areas=["spine"], likely="spinal")
case("spinal: sciatica in one leg with cough pain", NHS_SCIATICA, "self_care", ["no_warning_signs"],
     nerve=ONE_LEG(tingling="stable"), pain_regions=["buttock", "calf"], worse_with=["coughing"],
     likely="spinal", cautions=["nerve_symptoms_gentle"])
case("spinal: sexual problems with sitting pain point to the spine", GIRFT + "; " + SITTING, "urgent",
     ["sexual_dysfunction"], flags={"sexual_dysfunction": P}, worse_with=["prolonged_sitting"], likely="spinal")
case("spinal: both legs are spinal evidence", NHS_SCIATICA + "; " + COMPARISON, "emergency",
     ["both_legs", "cauda_equina_recent"],
     flags={"both_legs": P}, nerve={**NO_NERVE, "tingling": "stable", "legs": "both"}, likely="spinal")
case("spinal: 4 weeks without help", NHS_SCIATICA, "see_clinician", ["no_improvement"],
     self_care_weeks=4, self_care_helped="absent", worse_with=["coughing"], likely="spinal")
case("spinal: sciatica that is getting worse, clinician policy", NHS_SCIATICA, "see_clinician",
     ["pain_getting_worse"], policy=CR, flags={"pain_getting_worse": P}, worse_with=["sneezing"],
     likely="spinal")

# ---- unanswered questions ----
# Every main question but the strenuous lift: a follow-up is open only once it
# can be asked, and a lift raises nothing while the result is already urgent.
EMPTY_OPEN = [f for f in FLAGS if f != "strenuous_lift"]
case("empty assessment is provisional, never plain self-care", PROJECT, "urgent",
     ["emergency_signs_unanswered", "urgent_signs_unanswered", "red_flags_unanswered"], True,
     base={}, unanswered=EMPTY_OPEN)
case("empty assessment, clinician policy", PROJECT, "urgent",
     ["emergency_signs_unanswered", "urgent_signs_unanswered", "red_flags_unanswered"], True, policy=CR,
     base={}, unanswered=EMPTY_OPEN)
case("severe pain question unanswered", PROJECT, "see_clinician", ["red_flags_unanswered"], True,
     unknown=["severe_or_constant_pain"], unanswered=["severe_or_constant_pain"])
case("an urgent finding hides the lower open questions", SHEET, "urgent", ["foot_drop"],
     flags={"foot_drop": P}, unknown=["night_sweats", "unexplained_weight_loss"],
     unanswered=[])
case("foot drop keeps the fever question open: together an emergency", ABSCESS + "; " + PROJECT, "urgent",
     ["emergency_signs_unanswered", "foot_drop"], True, flags={"foot_drop": P}, unknown=["fever"],
     unanswered=["fever"])
case("an urgent finding keeps an emergency question open", SHEET + "; " + PROJECT, "urgent",
     ["emergency_signs_unanswered", "foot_drop"], True, flags={"foot_drop": P}, unknown=["saddle_numbness"],
     unanswered=["saddle_numbness"])
case("every finding at once is an emergency", NHS_SCIATICA + "; " + NG234, "emergency", [
    "after_fall_or_accident", "bladder_or_bowel", "both_legs", "cancer_with_nerve_signs",
    "cancer_with_spinal_pain", "cauda_equina_recent", "fall_with_fragile_bones",
    "fever", "fever_with_chemotherapy", "fever_with_infection_risk", "fever_with_nerve_deficit",
    "fever_with_weight_loss_or_sweats", "foot_drop", "history_of_cancer", "immunosuppression",
    "injecting_drug_use", "keeps_coming_back", "lump_or_swelling", "new_pain_age",
    "night_sweats", "no_improvement", "osteoporosis_or_steroids", "pain_getting_worse",
    "pain_not_eased_by_rest", "recent_infection", "saddle_numbness", "serious_accident",
    "severe_or_constant_pain", "severe_pain_score", "sexual_dysfunction", "sexual_with_cauda_equina_sign",
    "stable_weakness", "unsteady_walking", "weight_loss", "worsening_numbness_or_tingling",
    "worsening_weakness"],
     flags={f: P for f in FLAGS + FOLLOW_UP_FLAGS}, pain_now=9, age=70,
     nerve={"numbness": "worsening", "tingling": "worsening", "weakness": "worsening", "legs": "both"},
     after_fall_or_accident=P, keeps_coming_back=P, self_care_weeks=8, self_care_helped="absent")

# ---- bad input ----
ERR = "Input validation (project)"
case("pain 11", ERR, error=("pain_now", "0-10"), pain_now=11)
case("pain -1", ERR, error=("pain_now", "0-10"), pain_now=-1)
case("pain 6.5", ERR, error=("pain_now", "0-10"), pain_now=6.5)
case("pain as text", ERR, error=("pain_now", "0-10"), pain_now="high")
case("unknown field", ERR, error=("mood", "unknown field `mood`"), mood="fine")
case("side not in vocabulary", ERR, error=("side", "left"), side="up")
case("unknown red flag", ERR, error=("red_flags.headache", "saddle_numbness"), red_flags={**BASE["red_flags"], "headache": P})
case("red flag answer not in vocabulary", ERR, error=("red_flags.fever", "unknown"), flags={"fever": "maybe"})
case("tingling worsening with no leg affected", ERR, error=("nerve.tingling", "nerve.legs"),
     nerve={**NO_NERVE, "tingling": "worsening"})
case("both legs yes but nerve says one leg", ERR, error=("red_flags.both_legs", "nerve.legs", "emergency"),
     flags={"both_legs": P}, nerve=ONE_LEG(tingling="stable"))
case("both legs no but nerve says both", ERR, error=("red_flags.both_legs", "disagree", "emergency"),
     nerve={**NO_NERVE, "legs": "both"})
case("helped after 0 weeks", ERR, error=("self_care_helped", "0 weeks"), self_care_weeks=0, self_care_helped=P)
case("600 weeks of self-care", ERR, error=("self_care_weeks", "0-520"), self_care_weeks=600,
     self_care_helped="absent")
case("age 121", ERR, error=("age", "0-120"), age=121)
case("age -3", ERR, error=("age", "0-120"), age=-3)
case("constant severe pain with pain 0", ERR, error=("red_flags.severe_or_constant_pain", "pain_now", "see_clinician"),
     pain_now=0, flags={"severe_or_constant_pain": P})
case("nerve.legs not in vocabulary", ERR, error=("nerve.legs", "neither"), nerve={**NO_NERVE, "legs": "sideways"})
case("region not in vocabulary", ERR, error=("pain_regions[0]", "buttock"), pain_regions=["elbow"])
case("policy is not part of the assessment", ERR, error=("policy", "unknown field `policy`"),
     raw={"policy": "self_check"})
SAFE = "Bad input never hides a warning sign answered yes (project)"
case("saddle numbness kept through an out-of-range pain score", SAFE, error=("pain_now", "0-10", "emergency"),
     pain_now=11, flags={"saddle_numbness": P})
case("saddle numbness kept through an unknown side", SAFE, error=("side", "left", "emergency"),
     side="up", flags={"saddle_numbness": P})
case("fever kept through a bad nerve answer", SAFE, error=("nerve.legs", "neither", "urgent"),
     nerve={**NO_NERVE, "legs": "sideways"}, flags={"fever": P})
case("past cancer with leg pain kept through a bad region", SAFE, error=("pain_regions[1]", "buttock", "see_clinician_soon"),
     pain_regions=["calf", "elbow"], flags={"history_of_cancer": P})
case("saddle numbness kept through a contradiction", SAFE, error=("red_flags.both_legs", "disagree", "emergency"),
     nerve={**NO_NERVE, "legs": "both"}, flags={"saddle_numbness": P})


def document():
    return {
        "about": (
            "Triage conformance vectors, written by scripts/gen_triage_vectors.py. Each case gives an "
            "assessment, the policy to triage it under (self_check when absent), the guidance it encodes "
            "(source), and either the expected result (disposition, the exact set of fired rule ids, "
            "provisional, and where given the likely source, cautions that must be included, and the exact "
            "open red-flag questions) or the expected error (the field at fault, or null for a whole-document "
            "error, and text the message must contain). Run by the Rust, Python, Kotlin and Swift tests."
        ),
        "cases": CASES,
    }


def main():
    text = json.dumps(document(), indent=1, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        if OUT.read_text() != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run scripts/gen_triage_vectors.py")
            return 1
        return 0
    OUT.write_text(text)
    print(f"wrote {len(CASES)} cases to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
