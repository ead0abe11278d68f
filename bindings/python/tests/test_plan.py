"""The self-check's plan for today (`todays_plan`): the core's choice of
routine request, with a reason per choice, reached from Python."""

import pytest

import piriformis as pf


def _all_clear(**extra):
    flags = {f.value: "absent" for f in pf.RedFlag}
    return {"red_flags": flags, "nerve": {"numbness": "absent", "tingling": "absent", "weakness": "absent", "legs": "one"}, **extra}


def test_a_severe_score_plans_a_flare_and_says_why():
    plan = pf.todays_plan(_all_clear(pain_now=pf.RANGES["pain"].max, side="right"))
    assert plan.allows_self_care
    by_choice = {r["choice"]: r for r in plan.reasons}
    assert set(by_choice) == {c.value for c in pf.PlanChoice}
    assert by_choice["phase"]["value"] == pf.Phase.NEW_FLARE
    assert by_choice["phase"]["rule"] == pf.PlanRuleId.SEVERE_PAIN
    assert by_choice["side"]["value"] == "right"
    assert plan.routine is not None and plan.routine.steps


def test_unknown_numbness_counts_as_nerve_symptoms():
    a = _all_clear(pain_now=3)
    a["nerve"]["numbness"] = "unknown"
    plan = pf.todays_plan(a)
    by_choice = {r["choice"]: r for r in plan.reasons}
    assert by_choice["nerve_symptoms"]["value"] is True


def test_options_reach_the_request():
    plan = pf.todays_plan(_all_clear(pain_now=2), minutes=pf.RANGES["minutes"].max, equipment=[pf.Equipment.BALL], trend="improving")
    by_choice = {r["choice"]: r for r in plan.reasons}
    assert by_choice["minutes"]["value"] == pf.RANGES["minutes"].max
    assert by_choice["equipment"]["value"] == ["ball"]
    assert by_choice["trend"]["value"] == "improving"


def test_an_emergency_plans_care_first_and_no_routine():
    plan = pf.todays_plan({"red_flags": {"saddle_numbness": "present"}})
    assert not plan.allows_self_care
    assert plan.routine is None
    assert plan.triage.disposition == pf.Disposition.EMERGENCY


def test_minutes_out_of_range_is_a_typed_error():
    r = pf.RANGES["minutes"]
    with pytest.raises(pf.InvalidInputError) as info:
        pf.todays_plan(_all_clear(), minutes=r.max + 1)
    assert info.value.field == "minutes" and info.value.allowed == r.allowed


def test_bad_input_keeps_the_warning_sign_floor():
    with pytest.raises(pf.PiriformisError) as info:
        pf.todays_plan({"pain_now": 99, "red_flags": {"bladder_or_bowel_control": "present"}})
    assert info.value.at_least == "emergency"
