"""Typed use of the public API, checked by `mypy --strict` in CI (and run,
so it cannot drift from the library). Each annotation says what the stubs
promise; a wrong stub or a renamed attribute fails the check."""

from __future__ import annotations

import datetime
from typing import Optional, Union

import piriformis as pf


def main() -> None:
    r: pf.TriageResult = pf.triage({"pain_now": 5, "side": "left", "red_flags": {"fever": "present"}})
    disposition: pf.Disposition = r.disposition
    policy: pf.TriagePolicy = r.policy
    fired: list[pf.FiredRule] = r.fired
    rule: pf.RuleId = fired[0].id
    pathway: pf.Pathway = fired[0].pathway
    source: pf.SourceAssessment = r.likely_source
    verdict: pf.LikelySource = source.verdict
    cautions: list[pf.CautionNote] = r.cautions
    caution_ids: list[pf.Caution] = [c.id for c in cautions]
    unanswered: list[pf.RedFlag] = r.unanswered
    version: int = r.rules_version
    again: pf.TriageResult = pf.TriageResult.from_dict(r.to_dict())
    assert again == r and pf.TriageResult.from_json(r.to_json()) == r
    assert disposition is pf.Disposition.URGENT and policy is pf.TriagePolicy.SELF_CHECK
    assert rule in r.rule_ids and pathway in r.pathways and verdict in pf.LikelySource
    assert version >= 1 and len(caution_ids) == len(cautions) and all(f in pf.RedFlag for f in unanswered)
    html: str = r._repr_html_()
    assert html.startswith("<div")

    step: pf.Step = pf.next_step({})
    if isinstance(step, pf.Ask):
        question: pf.Question = step.question
        qid: pf.QuestionId = question.id
        kind: pf.AnswerKind = question.kind
        choices: list[pf.Choice] = question.choices
        asked: int = step.progress.asked
        assert qid is pf.QuestionId.BLADDER_OR_BOWEL_CONTROL and kind in pf.AnswerKind and asked >= 0 and len(choices) >= 2 and all(c.label for c in choices)
    done = pf.next_step({"bladder_or_bowel_control": "yes", "cauda_equina_signs_recent": "yes"})
    assert isinstance(done, pf.Done) and done.stopped_early
    skipped: list[pf.QuestionId] = done.not_asked
    assert skipped
    final: pf.TriageResult = done.triage
    assert final.disposition is pf.Disposition.EMERGENCY

    rt: pf.Routine = pf.routine(side=pf.Side.RIGHT, phase=pf.Phase.CHRONIC_TIGHTNESS, minutes=15)
    level: pf.Level = rt.level
    first: pf.RoutineStep = rt.steps[0]
    exercise: pf.Exercise = first.exercise
    dosage: pf.Dosage = first.dosage
    hold: Optional[pf.Span] = dosage.hold
    every: pf.Frequency = dosage.frequency
    laterality: pf.Laterality = dosage.laterality
    if isinstance(every, pf.DaysPerWeek):
        days: int = every.days
        assert 1 <= days <= 7
    assert every.kind in ("daily", "days_per_week", "as_needed", "throughout") and laterality in ("per_side", "per_side_each_direction", "whole", "sore_side")
    sides: list[pf.Side] = first.sides
    note: Optional[str] = first.nerve_note
    weekly: pf.WeeklyPlan = rt.weekly_plan
    assert level in pf.Level and exercise in pf.Exercise and str(dosage) and sides and weekly.in_a_flare
    assert hold is None or (hold["min"] <= hold["max"] and hold.min == hold["min"])
    assert note is None or note

    log = [{"date": datetime.date(2026, 1, d), "pain": 7 if d <= 7 else 3} for d in range(1, 15)]
    rep: pf.ProgressReport = pf.progress(log, today=datetime.date(2026, 1, 14))
    first_date: Optional[datetime.date] = rep.first_date
    trend: pf.Trend = rep.trend
    change: Optional[float] = rep.change
    flares: list[pf.Flare] = rep.flares
    assert first_date == datetime.date(2026, 1, 1) and trend is pf.Trend.IMPROVING and change is not None and not flares

    lk: pf.Lookup = pf.lookup([pf.BodyRegion.FOOT], side="both")
    candidate: pf.Candidate = lk.candidates[0]
    point: pf.TriggerPoint = candidate.trigger_point
    regions: list[pf.BodyRegion] = candidate.essential + candidate.spillover
    assert point in pf.TriggerPoint and pf.BodyRegion.FOOT in regions

    plan: pf.TodaysPlan = pf.todays_plan({"red_flags": {"saddle_numbness": "present"}})
    routine: Optional[pf.Routine] = plan.routine
    assert not plan.allows_self_care and routine is None
    outcome: pf.Plan = plan.plan
    assert isinstance(outcome, pf.CareFirstPlan) and outcome.disposition is pf.Disposition.EMERGENCY
    reasons: list[pf.PlanReason] = plan.reasons
    chose: pf.PlanChoice = reasons[0].choice
    assert chose is pf.PlanChoice.SELF_CARE and reasons[0].value is False and reasons[0].rule in pf.PlanRuleId

    fits = pf.todays_plan({"pain_now": 3, "side": "left", "red_flags": {f.value: "absent" for f in pf.RedFlag}}, minutes=15)
    assert isinstance(fits.plan, pf.SelfCarePlan)
    request: pf.RoutineRequest = fits.plan.request
    gated_by: Optional[pf.TriageResult] = request.triage
    assert pf.routine(request) == fits.routine and gated_by is not None and request.minutes == 15

    finished = pf.next_step({"saddle_numbness": "yes", "cauda_equina_signs_recent": "not_sure"})
    assert isinstance(finished, pf.Done)
    reported: pf.Assessment = finished.assessment
    flags: dict[pf.RedFlag, pf.Answer] = reported.red_flags
    legs: pf.Legs = reported.nerve.legs
    assert pf.triage(reported) == finished.triage and flags and legs is pf.Legs.UNKNOWN

    restored: pf.RestoredAnswers = pf.answers_from_json_lenient('{"catalogue_version": 1, "answers": {"gone": "yes"}}')
    dropped: list[pf.DroppedAnswer] = restored.dropped
    kept: dict[pf.QuestionId, pf.AnswerValue] = restored.answers
    assert dropped[0].was_yes and dropped[0].question == "gone" and kept == {}

    floor: Optional[pf.Disposition] = pf.red_flag_floor([pf.RedFlag.FOOT_DROP])
    assert floor is pf.Disposition.URGENT
    try:
        pf.triage({"pain_now": 99})
    except pf.InvalidInputError as e:
        field: Optional[str] = e.field
        allowed: Optional[str] = e.allowed
        assert field == "pain_now" and allowed == pf.RANGES["pain"].allowed
    either: Union[pf.Ask, pf.Done] = step
    assert either.done is False

    # Tagged unions: one class per variant, each with its `kind`.
    sources: list[pf.Source] = fired[0].sources
    for src in sources:
        if isinstance(src, pf.Guide):
            section: pf.GuideSection = src.section
            assert section in pf.GuideSection
        elif isinstance(src, pf.Cited):
            citation: pf.Citation = src.citation
            assert citation in pf.Citation
        else:
            assert src.kind == "project_default" and src.to_dict() == "project_default"
    s = pf.triage({"worse_with": ["coughing", "crossing_legs"], "tender_areas": ["spine"], "red_flags": {"both_legs": "present"}})
    evidence: list[pf.Evidence] = s.likely_source.piriformis + s.likely_source.spinal
    for ev in evidence:
        if isinstance(ev, pf.WorseWith):
            aggravator: pf.Aggravator = ev.aggravator
            assert aggravator in pf.Aggravator
        elif isinstance(ev, pf.Tender):
            area: pf.TenderArea = ev.area
            assert area is pf.TenderArea.SPINE
        else:
            sign: pf.RedFlag = ev.red_flag
            assert sign is pf.RedFlag.BOTH_LEGS
    findings: list[pf.Finding] = rep.findings
    weeks: list[int] = [f.weeks for f in findings if isinstance(f, pf.NoImprovement)]
    assert all(w >= 0 for w in weeks)

    # The knowledge base: typed records, vocabulary ids as enum members.
    kb: pf.KnowledgeBase = pf.knowledge()
    flag: pf.RedFlagRecord = kb.red_flags[0]
    tier: pf.Disposition = flag.tier
    parent: Optional[pf.RedFlag] = flag.follow_up_of
    rules: list[pf.TriageRule] = kb.triage_rules
    when: pf.Condition = rules[0].when
    says: list[pf.Says] = rules[0].says
    muscle: pf.MuscleRecord = kb.muscles[0]
    actions: list[pf.MuscleAction] = muscle.actions
    ex: pf.ExerciseRecord = kb.exercises[0]
    advice: pf.NerveAdvice = ex.with_nerve_symptoms
    how: Optional[str] = advice.how
    targets: list[pf.Muscle] = ex.targets
    tp: pf.TriggerPointRecord = kb.trigger_points[0]
    referral: list[pf.Referral] = tp.referral
    ref: pf.Reference = kb.citations[0]
    ref_kind: pf.ReferenceKind = ref.kind
    accuracy: list[pf.TestAccuracy] = [t.accuracy for t in kb.clinical_tests if t.accuracy is not None]
    defaults: pf.ProgressConfig = kb.progress_defaults
    pain: pf.Range = kb.ranges[0]
    values: list[pf.ValueInfo] = kb.vocabularies[0].values
    assert tier in pf.Disposition and (parent is None or parent in pf.RedFlag) and when.kind == "flag"
    assert says and actions and targets and referral and accuracy and values and ref.year > 1900 and ref_kind
    assert (how is None) == (advice.kind == "as_usual") and defaults.window_days > 0 and 5 in pain
    assert pf.MuscleRecord.from_dict(muscle.to_dict()) == muscle and kb is pf.KnowledgeBase.get()


if __name__ == "__main__":
    main()
    print("typed usage: ok")
