"""Python tests: the shared vectors agree with Rust, errors are typed, the
objects behave like Python objects, and batch triage works."""

import html
import importlib.util
import inspect
import json
import pathlib
import pickle
import subprocess
import sys

import pytest

import piriformis as pf
from piriformis import _piriformis

ROOT = pathlib.Path(__file__).resolve().parents[3]
VECTORS = json.loads((ROOT / "tests/vectors/triage.json").read_text())["cases"]


@pytest.mark.parametrize("case", VECTORS, ids=[c["name"] for c in VECTORS])
def test_triage_vectors(case):
    if "expect_error" in case:
        with pytest.raises(pf.PiriformisError) as info:
            pf.triage(case["input"], policy=case.get("policy", "self_check"))
        want = case["expect_error"]
        assert info.value.field == want["field"], str(info.value)
        # Red flags answered "present" keep their floor through bad input.
        assert getattr(info.value, "at_least", None) == want.get("at_least"), str(info.value)
        if want["message_contains"]:
            assert want["message_contains"] in str(info.value)
        assert isinstance(info.value, ValueError)
        return
    r = pf.triage(case["input"], policy=case.get("policy", "self_check"))
    e = case["expect"]
    assert r.disposition.value == e["disposition"]
    assert sorted(i.value for i in r.rule_ids) == e["fired"]
    assert r.provisional == e["provisional"]
    if "likely_source" in e:
        assert r.likely_source.verdict.value == e["likely_source"]
    if "unanswered" in e:
        assert [f.value for f in r.unanswered] == e["unanswered"]
    if "unanswered_nerve" in e:
        assert [s.value for s in r.unanswered_nerve] == e["unanswered_nerve"]
    for c in e.get("cautions_include", []):
        assert c in [n.id for n in r.cautions]


def _generator():
    """scripts/gen_py_enums.py as a module."""
    spec = importlib.util.spec_from_file_location("gen_py_enums", ROOT / "scripts/gen_py_enums.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_enums_are_generated_from_the_rust_vocabularies():
    # The file is what the generator makes of this library's vocabularies;
    # test-all.sh runs `gen_py_enums.py --check`, which reads them through cargo.
    vocabularies = json.loads(_piriformis.knowledge_json())["vocabularies"]
    assert (ROOT / "bindings/python/python/piriformis/_enums.py").read_text() == _generator().render(vocabularies), "run scripts/gen_py_enums.py"
    assert list(pf.VOCABULARIES) == sorted(v["name"] for v in vocabularies)
    for name, ids in _piriformis.vocabularies().items():
        assert [m.value for m in pf.VOCABULARIES[name]] == ids, name


def test_every_vocabulary_is_exported_with_its_docs():
    docs = _piriformis.vocabulary_docs()
    assert list(docs) == list(_piriformis.vocabularies())
    for name, doc in docs.items():
        enum = getattr(pf, name)
        # No name of the package hides a vocabulary: the enum is the generated one.
        assert enum is pf.VOCABULARIES[name] is getattr(pf._enums, name) and name in pf.__all__, name
        assert issubclass(enum, pf.Vocabulary) and issubclass(enum, str)
        assert " ".join(inspect.getdoc(enum).split()) == doc["doc"], name
        assert {m.value: m.__doc__ for m in enum} == doc["values"], name
        assert all(m.__doc__ for m in enum), name


def test_vocabulary_members_behave_as_before():
    member = pf.Disposition("urgent")
    assert member is pf.Disposition.URGENT is pf.Disposition["URGENT"]
    assert member == "urgent" and member.value == "urgent" and json.dumps(member) == '"urgent"'
    assert repr(member) == "<Disposition.URGENT: 'urgent'>"
    assert pickle.loads(pickle.dumps(member)) is member
    assert member.__doc__ == _piriformis.vocabulary_docs()["Disposition"]["values"]["urgent"]
    with pytest.raises(ValueError):
        pf.Disposition("soon")


def test_ranges_come_from_the_core():
    native = _piriformis.ranges()
    assert list(pf.RANGES) == list(native) == ["pain", "self_care_weeks", "minutes", "age"]
    for name, r in pf.RANGES.items():
        assert (r.name, r.min, r.max, r.allowed) == (name, native[name]["min"], native[name]["max"], native[name]["allowed"])
        assert r.min in r and r.max in r and r.min - 1 not in r and r.max + 1 not in r and True not in r
    assert json.loads(_piriformis.knowledge_json())["ranges"] == [{"name": r.name, "min": r.min, "max": r.max} for r in pf.RANGES.values()]


RANGE_INPUTS = {
    # range name -> (a call that reads one value of it, the field its errors name)
    "pain": (lambda v: pf.triage({"pain_now": v}), "pain_now"),
    "self_care_weeks": (lambda v: pf.triage({"self_care_weeks": v}), "self_care_weeks"),
    "minutes": (lambda v: pf.routine(side="left", phase="chronic_tightness", minutes=v), "minutes"),
}


@pytest.mark.parametrize("name", list(RANGE_INPUTS))
def test_inputs_allow_exactly_their_range(name):
    call, field = RANGE_INPUTS[name]
    r = pf.RANGES[name]
    call(r.min)
    call(r.max)
    for outside in (r.min - 1, r.max + 1):
        with pytest.raises(pf.InvalidInputError) as info:
            call(outside)
        assert info.value.field == field and info.value.allowed == r.allowed, str(info.value)
        assert r.allowed in str(info.value)


def test_enums_are_accepted_as_input():
    r = pf.triage({"side": pf.Side.LEFT, "red_flags": {pf.RedFlag.FOOT_DROP.value: pf.Answer.PRESENT}})
    assert r.disposition is pf.Disposition.URGENT
    assert pf.Disposition.EMERGENCY == "emergency"


def test_bad_input_raises_the_right_exception():
    with pytest.raises(pf.InvalidInputError) as info:
        pf.triage({"pain_now": float("nan")})
    assert info.value.field == "pain_now"
    with pytest.raises(pf.InvalidInputError):
        pf.triage("not json")
    with pytest.raises(pf.ContradictionError) as info:
        pf.triage({"nerve": {"tingling": "worsening", "legs": "neither"}})
    assert info.value.field == "nerve.tingling"
    with pytest.raises(pf.InvalidInputError) as info:
        pf.routine(side="left", phase="chronic_tightness", minutes=0)
    assert info.value.field == "minutes" and info.value.allowed == pf.RANGES["minutes"].allowed
    with pytest.raises(pf.InvalidInputError) as info:
        pf.progress([{"date": "2026-01-01", "pain": 3}], today="yesterday")
    assert info.value.field == "today"
    with pytest.raises(pf.InvalidInputError) as info:
        pf.progress([{"date": "2026-01-01", "pain": 12}], today="2026-02-01")
    assert info.value.field == "log[0].pain"


def test_urgent_triage_blocks_the_routine():
    t = pf.triage({"red_flags": {"foot_drop": "present"}})
    with pytest.raises(pf.CareNeededFirstError):
        pf.routine(side="left", phase="chronic_tightness", minutes=15, triage=t)


def test_records_round_trip_pickle_and_show():
    r = pf.triage({"pain_now": 3})
    assert pickle.loads(pickle.dumps(r)) == r
    assert pf.TriageResult.from_json(r.to_json()) == r
    assert pf.TriageResult.from_dict(r.to_dict()) == r
    assert hash(pickle.loads(pickle.dumps(r))) == hash(r)
    assert "disposition=<Disposition.URGENT: 'urgent'>" in repr(r)  # emergency questions unanswered
    # Jupyter shows the core's own HTML report: every fired rule's reason, the notice.
    page = r._repr_html_()
    assert page.startswith("<div") and r.notice in html.unescape(page)
    assert all(f.text in html.unescape(page) for f in r.fired)
    assert "not medical advice" in str(r)
    assert r.fired[0].sources
    with pytest.raises(AttributeError):
        r.nope  # type: ignore[attr-defined]


def test_knowledge_interview_routine_progress():
    kb = pf.knowledge()
    assert len(kb.exercises) == len(pf.Exercise)
    assert kb.trigger_points[0].id == "medial"
    step = pf.next_step({})
    assert not step.done and step.question.id == "bladder_or_bowel_control"
    step = pf.next_step({"bladder_or_bowel_control": "yes"})
    assert not step.done and step.question.id == "cauda_equina_signs_recent"  # is it new?
    step = pf.next_step({"bladder_or_bowel_control": "yes", "cauda_equina_signs_recent": "yes"})
    assert step.done and step.triage.disposition is pf.Disposition.EMERGENCY
    assert len(pf.catalogue()) == len(pf.QuestionId)
    rt = pf.routine(side="both", phase="new_flare", minutes=20, equipment=["cold_pack", "ball"])
    assert rt.total_seconds <= 20 * 60
    assert "cold" in [s.exercise for s in rt.steps]
    assert rt._repr_html_().startswith("<div") and all(s.name in html.unescape(rt._repr_html_()) for s in rt.steps)
    log = [{"date": f"2026-01-{d:02d}", "pain": 7 if d <= 7 else 3, "routine_done": True} for d in range(1, 15)]
    rep = pf.progress(log, today="2026-01-14")
    assert rep.trend is pf.Trend.IMPROVING and rep.change == -4.0


def _plain(q):
    """A plain answer to a shown question: no, no nerve sign, nothing ticked, age 40."""
    if q.kind is pf.AnswerKind.YES_NO:
        return "no"
    if q.kind is pf.AnswerKind.ONE_OF:
        ids = [c.id for c in q.choices]
        return "absent" if "absent" in ids else ids[0]
    if q.kind is pf.AnswerKind.SEVERAL_OF:
        return []
    return 40 if q.kind is pf.AnswerKind.YEARS else 3


def test_not_sure_about_an_emergency_sign_is_asked_once_more():
    answers = {"saddle_numbness": "not_sure", "sexual_dysfunction": "does_not_apply"}
    shown = []
    step = pf.next_step(answers)
    while not step.done:
        q = step.question
        shown.append(q)
        answers[q.id.value] = "still_not_sure" if q.again else _plain(q)
        step = pf.next_step(answers)
    again = [q for q in shown if q.again]
    assert [q.id for q in again] == [pf.QuestionId.SADDLE_NUMBNESS]
    assert "wipe" in again[0].help and [c.id for c in again[0].choices][-1] == "still_not_sure"
    assert step.triage.disposition is pf.Disposition.URGENT and step.triage.provisional
    assert step.assessment.red_flags[pf.RedFlag.SEXUAL_DYSFUNCTION] is pf.Answer.ABSENT
    sexual = next(r for r in pf.knowledge().red_flags if r.id is pf.RedFlag.SEXUAL_DYSFUNCTION)
    assert sexual.does_not_apply == "Not sexually active since the pain began"
    with pytest.raises(pf.InvalidInputError) as e:
        pf.next_step({"fever": "does_not_apply"})
    assert e.value.field == "answers.fever"


ORDER = [d.value for d in pf.Disposition]


from _floor import floor  # noqa: E402


# The batch paths run the default policy; vectors for the other one are run
# with it in test_table.py.
SELF_CHECK = [c for c in VECTORS if "policy" not in c]


def test_batch_matches_single_calls_and_reports_bad_rows():
    rows = [c["input"] for c in SELF_CHECK]
    out = pf.triage_many(rows)
    assert len(out) == len(rows)
    for case, row in zip(SELF_CHECK, out):
        if "expect_error" in case:
            # A failed row keeps the floor its present red flags give.
            assert row["error"] and row["disposition"] == floor(case["input"])
        else:
            assert row["disposition"] == case["expect"]["disposition"]
            assert sorted(row["fired"].split(",")) == case["expect"]["fired"]


def test_batch_dict_path_agrees_with_json_path():
    rows = [c["input"] for c in VECTORS]
    fast = pf.triage_many(rows)
    slow = pf.triage_many([json.dumps(r) for r in rows])
    for case, a, b in zip(VECTORS, fast, slow):
        assert (a["error"] is None) == (b["error"] is None), case["name"]
        # Failed rows keep the same red-flag floor either way.
        assert a["disposition"] == b["disposition"], case["name"]
        if a["error"] is None:
            assert a == b, case["name"]
        else:
            want = case["expect_error"]["field"]
            if want:
                assert a["error"].startswith(want), (case["name"], a["error"])
    enum_row = {"side": pf.Side.LEFT, "red_flags": {pf.RedFlag.FOOT_DROP: pf.Answer.PRESENT}}
    assert pf.triage_many([enum_row])[0]["disposition"] == "urgent"
    assert "pain_now" in pf.triage_many([{"pain_now": float("nan")}])[0]["error"]
    assert "pain_now" in pf.triage_many([{"pain_now": True and 11}])[0]["error"]


def test_batch_accepts_a_dataframe():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"pain_now": [2, 8], "side": ["left", "right"]})
    out = pf.triage_many(df)
    assert list(out["disposition"]) == ["urgent", "urgent"]  # red flags not asked
    assert "severe_pain_score" in out["fired"][1]


def test_pictures_show_in_jupyter():
    svg = pf.body_map(side=pf.Side.BOTH, highlight=pf.TriggerPoint.LATERAL, pain_regions=[pf.BodyRegion.CALF])
    assert svg._repr_svg_().startswith("<svg") and "lateral highlighted" in svg.svg
    assert pickle.loads(pickle.dumps(svg)) == svg
    assert "back view" in repr(svg)
    log = [{"date": f"2026-01-{d:02d}", "pain": 4, "routine_done": d % 2 == 0} for d in range(1, 11)]
    chart = pf.progress_chart(log, today="2026-01-10")
    assert "<polyline" in chart._repr_svg_()
    with pytest.raises(pf.InvalidInputError) as info:
        pf.body_map(side="up")
    assert info.value.field == "side"
    r = pf.lookup(["foot"], side="both")
    assert r.candidates[0].trigger_point == "lateral"
    with pytest.raises(pf.InvalidInputError):
        pf.lookup(["elbow"])
