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
    by_choice = {r.choice: r for r in plan.reasons}
    assert set(by_choice) == {c.value for c in pf.PlanChoice}
    assert by_choice[pf.PlanChoice.PHASE].value is pf.Phase.NEW_FLARE
    assert by_choice[pf.PlanChoice.PHASE].rule is pf.PlanRuleId.SEVERE_PAIN
    assert by_choice[pf.PlanChoice.SIDE].value is pf.Side.RIGHT
    assert plan.routine is not None and plan.routine.steps


def test_unknown_numbness_counts_as_nerve_symptoms():
    a = _all_clear(pain_now=3)
    a["nerve"]["numbness"] = "unknown"
    plan = pf.todays_plan(a)
    by_choice = {r.choice: r for r in plan.reasons}
    assert by_choice[pf.PlanChoice.NERVE_SYMPTOMS].value is True


def test_options_reach_the_request():
    plan = pf.todays_plan(_all_clear(pain_now=2), minutes=pf.RANGES["minutes"].max, equipment=[pf.Equipment.BALL], trend="improving")
    by_choice = {r.choice: r for r in plan.reasons}
    assert by_choice[pf.PlanChoice.MINUTES].value == pf.RANGES["minutes"].max
    assert by_choice[pf.PlanChoice.EQUIPMENT].value == [pf.Equipment.BALL]
    assert by_choice[pf.PlanChoice.TREND].value is pf.Trend.IMPROVING


def test_an_emergency_plans_care_first_and_no_routine():
    plan = pf.todays_plan({"red_flags": {"saddle_numbness": "present"}})
    assert not plan.allows_self_care
    assert plan.routine is None
    assert plan.triage.disposition == pf.Disposition.EMERGENCY
    assert isinstance(plan.plan, pf.CareFirstPlan) and plan.plan.kind == "care_first"
    assert plan.plan.disposition is pf.Disposition.EMERGENCY and plan.plan.why
    assert [r.choice for r in plan.reasons] == [pf.PlanChoice.SELF_CARE] and plan.reasons[0].value is False


def test_the_plan_is_typed_and_its_request_builds_the_routine():
    plan = pf.todays_plan(_all_clear(pain_now=3, side="left"), minutes=20, equipment=[pf.Equipment.BALL])
    assert isinstance(plan.plan, pf.SelfCarePlan) and plan.plan.kind == "self_care"
    request = plan.plan.request
    assert isinstance(request, pf.RoutineRequest)
    assert (request.side, request.minutes, request.equipment) == (pf.Side.LEFT, 20, [pf.Equipment.BALL])
    # The request carries the triage, so every gate of it holds for the routine.
    assert request.triage == plan.triage
    assert pf.routine(request) == plan.routine
    assert pf.routine(request.to_dict()) == plan.routine
    assert pf.routine(request, minutes=10).budget_seconds == 600
    assert plan.plan.reasons == plan.reasons
    assert [str(r) for r in plan.reasons][0].startswith("self_care: yes")
    # A plan of one kind is not read back as the other.
    with pytest.raises(pf.InvalidInputError):
        pf.CareFirstPlan.from_dict(plan.plan.to_dict())


def test_the_assessment_of_a_finished_interview_triages_as_it_is():
    done = pf.next_step({"saddle_numbness": "yes", "cauda_equina_signs_recent": "not_sure"})
    assert isinstance(done, pf.Done)
    a = done.assessment
    assert isinstance(a, pf.Assessment)
    assert a.red_flags == {pf.RedFlag.SADDLE_NUMBNESS: pf.Answer.PRESENT, pf.RedFlag.CAUDA_EQUINA_SIGNS_RECENT: pf.Answer.UNKNOWN}
    assert isinstance(a.nerve, pf.NerveSymptoms) and a.nerve.legs is pf.Legs.UNKNOWN
    assert pf.triage(a) == done.triage == pf.triage(a.to_dict())
    assert pf.todays_plan(a).triage == done.triage


def test_an_assessment_read_from_a_dict_is_checked_and_keeps_the_floor():
    a = pf.Assessment.from_dict({"side": "left", "pain_now": 4, "red_flags": {"fever": "present"}})
    assert a.side is pf.Side.LEFT and a.pain_now == 4 and a.self_care_weeks is None
    assert a.after_fall_or_accident is pf.Answer.UNKNOWN
    with pytest.raises(pf.InvalidInputError) as info:
        pf.Assessment.from_dict({"pain_now": 99, "red_flags": {"bladder_or_bowel_control": "present"}})
    assert info.value.field == "pain_now" and info.value.at_least == "emergency"


def test_minutes_out_of_range_is_a_typed_error():
    r = pf.RANGES["minutes"]
    with pytest.raises(pf.InvalidInputError) as info:
        pf.todays_plan(_all_clear(), minutes=r.max + 1)
    assert info.value.field == "minutes" and info.value.allowed == r.allowed


def test_bad_input_keeps_the_warning_sign_floor():
    with pytest.raises(pf.PiriformisError) as info:
        pf.todays_plan({"pain_now": 99, "red_flags": {"bladder_or_bowel_control": "present"}})
    assert info.value.at_least == "emergency"
