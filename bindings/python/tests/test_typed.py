"""Typed result classes: attributes are real Python values that agree with
the core's JSON shape, every class round-trips through dicts, JSON and
pickle, and inputs are read from Python objects."""

import datetime
import enum
import json
import pickle
import types

import pytest

import piriformis as pf

ALL_CLEAR = {f.value: "absent" for f in pf.RedFlag}
LOG = [{"date": datetime.date(2026, 1, d), "pain": 7 if d <= 7 else 3, "routine_done": True} for d in range(1, 15)]
FLARE_LOG = [{"date": datetime.date(2026, 1, d), "pain": 9 if d in (10, 11, 12) else 2} for d in range(1, 21)]


def samples():
    """One value of every result class, reached through the public functions."""
    t = pf.triage({"pain_now": 8, "side": "left", "worse_with": ["coughing", "crossing_legs"], "tender_areas": ["deep_buttock"]})
    ask = pf.next_step({})
    done = pf.next_step({"bladder_or_bowel_control": "yes", "cauda_equina_signs_recent": "not_sure"})
    rt = pf.routine(side="both", phase="new_flare", minutes=20, equipment=["cold_pack", "ball"], nerve_symptoms=True)
    rep = pf.progress(FLARE_LOG, today=datetime.date(2026, 1, 20))
    lk = pf.lookup(["foot", "outer_hip"], side="both")
    plan = pf.todays_plan({"pain_now": 3, "side": "left", "red_flags": ALL_CLEAR})
    care_first = pf.todays_plan({"red_flags": {"saddle_numbness": "present"}})
    assert isinstance(plan.plan, pf.SelfCarePlan) and isinstance(care_first.plan, pf.CareFirstPlan)
    out = [t, *t.fired, *t.cautions, t.likely_source, ask, ask.question, ask.progress, done, done.progress,
           done.assessment, done.assessment.nerve, plan.plan, plan.plan.request, *plan.reasons, care_first.plan,
           rt, *rt.steps, rt.steps[0].dosage, *rt.skipped, *rt.gates, rt.weekly_plan, *rt.weekly_plan.progression,
           rep, *rep.flares, lk, *lk.candidates, *lk.unexplained, plan, pf.catalogue()[0]]
    assert rep.flares and lk.unexplained
    saved = pf.answers_to_json({"bladder_or_bowel_control": "no"})
    restored = pf.answers_from_json_lenient('{"catalogue_version": 1, "answers": {"no_such_question": "yes"}}')
    out += [pf.library_info(), pf.answers_from_json_lenient(saved), restored, *restored.dropped]
    choices = [q for q in pf.catalogue() if q.kind is pf.AnswerKind.ONE_OF]
    step = pf.next_step({q.id.value: "no" for q in pf.catalogue() if q.kind is pf.AnswerKind.YES_NO})
    if isinstance(step, pf.Ask):
        out += step.question.choices
    # One record of every knowledge class (test_knowledge_typed.py checks them all).
    kb = pf.knowledge()
    firsts = {}
    for name in ("muscles", "landmarks", "nerve_variants", "trigger_point_kinds", "trigger_points", "referral",
                 "causes", "symptoms", "aggravators", "comparison", "mimics", "red_flags", "triage_rules", "cautions",
                 "exercises", "habits", "equipment", "providers", "exam", "clinical_tests", "treatments",
                 "misconceptions", "resources", "codes", "vocabularies", "ranges", "citations"):
        firsts[name] = getattr(kb, name)[0]
    out += [*firsts.values(), kb.sciatic_nerve, kb.sciatic_nerve.prevalence[0], kb.trigger_point_facts,
            kb.muscles[0].actions[0], kb.triage_rules[0].says[0], kb.vocabularies[0].values[0], kb.progress_defaults,
            next(t.accuracy for t in kb.clinical_tests if t.accuracy is not None), rt.steps[0].dosage.duration or rt.steps[0].dosage.hold]
    return out, choices


SAMPLES, _ = samples()
# Tagged unions (a `kind` and the variant's fields, `to_dict` sometimes a
# str) and the knowledge base itself: test_knowledge_typed.py.
UNIONS = {"Guide", "Cited", "ProjectDefault", "WorseWith", "Tender", "Sign", "NoImprovement", "KeepsComingBack",
          "Daily", "DaysPerWeek", "AsNeeded", "Throughout", "Condition", "CautionWhen", "NerveAdvice", "KnowledgeBase"}
CLASSES = [getattr(pf, n) for n in pf.__all__ if isinstance(getattr(pf, n), type) and hasattr(getattr(pf, n), "to_dict") and n not in UNIONS]


def plain(v):
    """A typed value in the core's JSON shape."""
    if isinstance(v, enum.Enum):
        return v.value
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, list):
        return [plain(x) for x in v]
    if isinstance(v, dict):
        return {plain(k): plain(x) for k, x in v.items()}
    if hasattr(v, "to_dict"):
        return v.to_dict()
    return v


def test_every_result_class_is_sampled():
    seen = {type(s) for s in SAMPLES}
    assert {c for c in CLASSES} - seen == set()


@pytest.mark.parametrize("obj", SAMPLES, ids=lambda o: type(o).__name__)
def test_attributes_agree_with_the_dict(obj):
    d = obj.to_dict()
    assert isinstance(d, dict)
    for key, want in d.items():
        if key == "step":  # the tag of Ask/Done: the class says it
            assert obj.done is (want == "done")
            continue
        if key == "outcome":  # the tag of SelfCarePlan/CareFirstPlan: its kind
            assert obj.kind == want
            continue
        got = getattr(obj, key)
        assert plain(got) == want, key


# Made by the library only: the core has no reader for them.
MADE_ONLY = (pf.LibraryInfo, pf.RestoredAnswers, pf.DroppedAnswer)


@pytest.mark.parametrize("obj", SAMPLES, ids=lambda o: type(o).__name__)
def test_round_trips(obj):
    cls = type(obj)
    if cls in MADE_ONLY:
        with pytest.raises(TypeError):
            cls.from_dict(obj.to_dict())
        assert json.loads(obj.to_json()) == obj.to_dict() and hash(obj) == hash(obj)
        return
    assert pickle.loads(pickle.dumps(obj)) == obj
    again = cls.from_dict(obj.to_dict())
    assert again == obj and hash(again) == hash(obj)
    assert cls.from_json(obj.to_json()) == obj
    assert json.loads(obj.to_json(indent=2)) == obj.to_dict()
    assert repr(obj).startswith(cls.__name__ + "(")
    assert obj != object()


def test_typed_values():
    t = SAMPLES[0]
    assert t.disposition is pf.Disposition.SEE_CLINICIAN or isinstance(t.disposition, pf.Disposition)
    assert all(isinstance(f.id, pf.RuleId) and isinstance(f.pathway, pf.Pathway) for f in t.fired)
    assert isinstance(t.likely_source, pf.SourceAssessment) and t.likely_source.verdict is pf.LikelySource.MIXED
    assert t.rule_ids == [f.id for f in t.fired]
    rep = pf.progress(LOG, today="2026-01-14")
    assert rep.first_date == datetime.date(2026, 1, 1) and rep.last_date == datetime.date(2026, 1, 14)
    assert rep.trend is pf.Trend.IMPROVING and rep.entries == len(LOG)
    step = pf.routine(side="left", phase="chronic_tightness", minutes=15).steps[0]
    assert isinstance(step.order, int) and isinstance(step.exercise, pf.Exercise)
    assert all(isinstance(s, pf.Side) for s in step.sides)


def test_interview_steps_are_ask_or_done():
    ask = pf.next_step({})
    assert isinstance(ask, pf.Ask) and not ask.done
    assert ask.question.id is pf.QuestionId.BLADDER_OR_BOWEL_CONTROL
    done = pf.next_step({"bladder_or_bowel_control": "yes", "cauda_equina_signs_recent": "not_sure"})
    assert isinstance(done, pf.Done) and done.done and done.stopped_early
    assert done.triage.disposition is pf.Disposition.EMERGENCY
    assert done.to_dict()["step"] == "done" and ask.to_dict()["step"] == "ask"


def test_inputs_are_read_from_python_objects():
    a = {"pain_now": 8, "side": "left", "red_flags": {"fever": "present"}}
    by_dict = pf.triage(a)
    assert pf.triage(json.dumps(a)) == by_dict
    assert pf.triage(types.MappingProxyType(a)) == by_dict
    assert pf.triage({**a, "keeps_coming_back": None}) == by_dict  # None: not answered
    as_text = [{**e, "date": e["date"].isoformat()} for e in LOG]
    assert pf.progress(LOG, datetime.date(2026, 1, 14)) == pf.progress(as_text, "2026-01-14") == pf.progress(json.dumps(as_text), "2026-01-14")
    assert pf.routine({"side": "left", "phase": "new_flare", "minutes": 10}) == pf.routine(side=pf.Side.LEFT, phase=pf.Phase.NEW_FLARE, minutes=10)
    t = pf.triage({"red_flags": ALL_CLEAR, "pain_now": 2})
    assert pf.routine(side="left", phase="new_flare", minutes=10, triage=t).steps


def test_bad_input_names_the_field():
    with pytest.raises(pf.InvalidInputError) as info:
        pf.progress([{"date": "2026-13-01", "pain": 3}], "2026-02-01")
    assert info.value.field.startswith("log[0]")
    with pytest.raises(pf.InvalidInputError) as info:
        pf.TriageResult.from_dict({**SAMPLES[0].to_dict(), "disposition": "later"})
    assert info.value.field == "disposition" and "emergency" in str(info.value)
    with pytest.raises(pf.InvalidInputError) as info:
        pf.routine(side="left", phase="new_flare", minutes=float("nan"))
    assert info.value.field == "minutes"
    with pytest.raises(pf.InvalidInputError) as info:
        pf.triage({"side": object()})
    assert info.value.field == "side"


def test_a_present_red_flag_survives_bad_input():
    with pytest.raises(pf.PiriformisError) as info:
        pf.triage({"pain_now": 99, "red_flags": {"saddle_numbness": "present"}})
    assert info.value.field == "pain_now" and info.value.at_least == "emergency"
    with pytest.raises(pf.PiriformisError) as info:
        pf.triage(types.MappingProxyType({"side": "up", "red_flags": {"foot_drop": "present"}}))
    assert info.value.at_least == "urgent"


def test_reports_come_from_the_core():
    rt = SAMPLES[[type(s) for s in SAMPLES].index(pf.Routine)]
    d = rt.steps[0].dosage
    assert str(d) and str(d) in str(rt)  # the core's one rendering of a dose
    assert pf.progress(LOG, "2026-01-14")._repr_html_().startswith("<div")
    plan = pf.todays_plan({"pain_now": 3, "side": "left", "red_flags": ALL_CLEAR})
    assert plan.allows_self_care and plan.routine is not None and str(plan)


def test_versions_and_saved_answers():
    info = pf.library_info()
    assert (info.rules, info.catalogue) == (pf.RULES_VERSION, pf.CATALOGUE_VERSION)
    assert pf.triage({}).rules_version == pf.RULES_VERSION
    answers = {"bladder_or_bowel_control": "no", "saddle_numbness": pf.YesNo.NO}
    saved = pf.answers_to_json(answers)
    assert pf.answers_from_json(saved) == {k: getattr(v, "value", v) for k, v in answers.items()}
    assert pf.next_step(pf.answers_from_json(saved)) == pf.next_step(answers)
    restored = pf.answers_from_json_lenient(saved)
    assert restored.answers == pf.answers_from_json(saved) and restored.dropped == []
    assert restored.saved_version == pf.CATALOGUE_VERSION
    stale = json.dumps({"catalogue_version": pf.CATALOGUE_VERSION, "answers": {"no_such_question": "yes", "fever": "yes"}})
    with pytest.raises(pf.InvalidInputError):
        pf.answers_from_json(stale)
    kept = pf.answers_from_json_lenient(stale)
    assert kept.answers == {"fever": "yes"} and [d.question for d in kept.dropped] == ["no_such_question"]


@pytest.mark.parametrize("bad", [99, float("nan"), object(), [1, 2]], ids=["range", "nan", "object", "list"])
def test_assessment_from_dict_keeps_the_red_flag_floor(bad):
    # A red flag answered "present" stays visible when another field is bad,
    # whichever reader fails: the core's (a number out of range) or the walk
    # of the Python value (NaN, an object no JSON has).
    with pytest.raises(pf.InvalidInputError) as e:
        pf.Assessment.from_dict({"red_flags": {"saddle_numbness": "present"}, "pain_now": bad})
    assert e.value.field == "pain_now" and e.value.at_least == "emergency"
