"""The knowledge base and the tagged unions as typed classes: every record
agrees with the JSON document (`knowledge_json()`) and the old dict shapes,
ids are enum members, and every value compares, hashes and pickles."""

import datetime
import enum
import json
import pickle

import pytest

import piriformis as pf
from piriformis import _piriformis

KB = pf.knowledge()
DOC = json.loads(_piriformis.knowledge_json())
UNIONS = {
    "Source": (pf.Guide, pf.Cited, pf.ProjectDefault),
    "Evidence": (pf.WorseWith, pf.Tender, pf.Sign),
    "Finding": (pf.NoImprovement, pf.KeepsComingBack),
    "Frequency": (pf.Daily, pf.DaysPerWeek, pf.AsNeeded, pf.Throughout),
}
VARIANTS = tuple(c for cs in UNIONS.values() for c in cs)
# Fields whose JSON is a str that is not a vocabulary id.
PLAIN_TEXT = object()


def plain(v):
    """A typed value in the core's JSON shape."""
    if isinstance(v, enum.Enum):
        return v.value
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, list):
        return [plain(x) for x in v]
    if hasattr(v, "to_dict"):
        return v.to_dict()
    return v


def walk(v, seen):
    """Every class instance reachable from `v` through its attributes."""
    if isinstance(v, list):
        for x in v:
            walk(x, seen)
        return
    if not hasattr(v, "to_dict") or isinstance(v, enum.Enum):
        return
    seen.append(v)
    d = v.to_dict()
    names = d.keys() if isinstance(d, dict) else ()
    for name in names:
        if hasattr(type(v), name):
            walk(getattr(v, name), seen)
    for name in ("value", "when", "section", "citation"):
        if hasattr(type(v), name):
            walk(getattr(v, name), seen)


def every_record():
    seen = []
    for key in DOC:
        walk(getattr(KB, key), seen)
    return seen


RECORDS = every_record()


def test_knowledge_is_typed_and_made_once():
    assert isinstance(KB, pf.KnowledgeBase) and not hasattr(pf, "Record")  # the legacy class is gone
    assert pf.knowledge() is KB and pf.KnowledgeBase.get() is KB
    assert KB.to_dict() == DOC and json.loads(KB.to_json()) == DOC and json.loads(KB.to_json(indent=2)) == DOC
    assert repr(KB).startswith("KnowledgeBase(schema_version=")


@pytest.mark.parametrize("key", list(DOC))
def test_every_field_agrees_with_the_document(key):
    got = getattr(KB, key)
    want = DOC[key]
    if isinstance(want, list):
        assert isinstance(got, list) and len(got) == len(want)
        for item, w in zip(got, want):
            assert plain(item) == w
            if isinstance(w, dict):
                assert hasattr(item, "to_dict") and item.to_dict() == w
    else:
        assert plain(got) == want


def test_lists_have_the_core_lengths():
    lists = [k for k, v in DOC.items() if isinstance(v, list)]
    assert len(lists) >= 30
    for key in lists:
        assert len(getattr(KB, key)) == len(DOC[key]), key
    assert len(KB.muscles) == len(pf.Muscle) and len(KB.red_flags) == len(pf.RedFlag)
    assert len(KB.citations) == len(pf.Citation) and len(KB.exercises) == len(pf.Exercise)


@pytest.mark.parametrize("obj", RECORDS, ids=lambda o: type(o).__name__)
def test_attributes_agree_with_the_dict(obj):
    d = obj.to_dict()
    if isinstance(obj, VARIANTS + (pf.Condition, pf.CautionWhen, pf.NerveAdvice)):
        return  # tagged: test_unions_keep_the_json_shape and test_rule_table_conditions
    assert isinstance(d, dict)
    for key, want in d.items():
        got = getattr(obj, key)
        assert plain(got) == want, key
        assert not isinstance(got, dict), key  # no plain dicts left
        if isinstance(got, list):
            assert not any(isinstance(x, dict) for x in got), key


def test_ids_are_enum_members_and_numbers_are_ints():
    for r in KB.muscles:
        assert isinstance(r.id, pf.Muscle) and all(isinstance(a, pf.MuscleAction) and isinstance(a.position, pf.HipPosition) for a in r.actions)
    for r in KB.red_flags:
        assert isinstance(r.id, pf.RedFlag) and isinstance(r.tier, pf.Disposition) and isinstance(r.clinician_tier, pf.Disposition)
        assert r.follow_up_of is None or isinstance(r.follow_up_of, pf.RedFlag)
        assert isinstance(r.pathway, pf.Pathway) and isinstance(r.lean, pf.Lean)
    for r in KB.triage_rules:
        assert isinstance(r.id, pf.RuleId) and isinstance(r.when, pf.Condition)
        assert isinstance(r.self_check, pf.Disposition) and isinstance(r.clinician_referral, pf.Disposition)
        assert all(isinstance(s, pf.Says) and isinstance(s.audience, pf.Audience) and isinstance(s.tier, pf.Disposition) for s in r.says)
    for r in KB.trigger_points:
        assert isinstance(r.id, pf.TriggerPoint) and isinstance(r.muscle, pf.Muscle) and type(r.position_percent) is int
        assert all(isinstance(x, pf.Landmark) for x in r.landmarks)
        assert all(isinstance(x, pf.Referral) and isinstance(x.region, pf.BodyRegion) and isinstance(x.kind, pf.ReferralKind) for x in r.referral)
    for r in KB.exercises:
        assert isinstance(r.id, pf.Exercise) and isinstance(r.stage, pf.Stage) and isinstance(r.position, pf.Position)
        assert r.equipment is None or isinstance(r.equipment, pf.Equipment)
        assert isinstance(r.dosage, pf.Dosage) and isinstance(r.dosage.frequency, UNIONS["Frequency"])
        assert all(isinstance(x, pf.Phase) for x in r.fits) and all(isinstance(x, pf.StopCue) for x in r.stop_if)
        assert all(isinstance(x, pf.Muscle) for x in r.targets) and type(r.setup_seconds) is int
        assert isinstance(r.with_nerve_symptoms, pf.NerveAdvice)
    for r in KB.nerve_variants:
        assert isinstance(r.id, pf.NerveVariant) and all(isinstance(c, pf.NerveCourse) for c in r.courses)
        assert all(isinstance(p, pf.Prevalence) and type(p.percent) is int for p in r.prevalence)
    assert all(isinstance(r.id, pf.Cause) and isinstance(r.category, pf.CauseCategory) for r in KB.causes)
    assert all(isinstance(r.id, pf.Symptom) and all(isinstance(a, pf.Aggravator) for a in r.worse_with) for r in KB.symptoms)
    assert all(isinstance(r.id, pf.ComparisonFeature) for r in KB.comparison)
    assert all(isinstance(r.id, pf.Citation) and type(r.year) is int and r.kind in ("journal_article", "book", "guideline", "web_page", "standard") for r in KB.citations)
    assert [r.id for r in KB.citations] == list(pf.Citation)
    assert all(isinstance(q, pf.PainQuality) for q in KB.trigger_point_facts.qualities)
    assert all(isinstance(c, pf.CautionRule) and isinstance(c.id, pf.Caution) and all(isinstance(w, pf.CautionWhen) for w in c.when) for c in KB.cautions)
    assert sorted(v.name for v in KB.vocabularies) == sorted(pf.VOCABULARIES)
    assert all(isinstance(x, pf.ValueInfo) for v in KB.vocabularies for x in v.values)
    assert isinstance(KB.progress_defaults, pf.ProgressConfig) and type(KB.progress_defaults.min_change) is float
    every_source = [s for r in RECORDS if hasattr(type(r), "sources") for s in r.sources]
    assert every_source and all(isinstance(s, UNIONS["Source"]) for s in every_source)
    assert {type(s) for s in every_source} == set(UNIONS["Source"])


def test_backward_compatible_attribute_access():
    # Old code read the dynamic Record this way; ids are str enums, so they
    # still equal their text.
    assert KB.trigger_points[0].id == "medial"
    assert {r.id: r.tier for r in KB.red_flags}["saddle_numbness"] == "emergency"
    assert KB.red_flags[0].id == KB.red_flags[0].to_dict()["id"]


@pytest.mark.parametrize("obj", RECORDS, ids=lambda o: type(o).__name__)
def test_records_round_trip(obj):
    cls = type(obj)
    again = pickle.loads(pickle.dumps(obj))
    assert again == obj and hash(again) == hash(obj) and type(again) is cls
    assert cls.from_dict(obj.to_dict()) == obj and cls.from_json(obj.to_json()) == obj
    assert json.loads(obj.to_json(indent=2)) == obj.to_dict()
    assert repr(obj).startswith(cls.__name__ + "(")
    assert obj != object() and obj != obj.to_dict()


def test_pickling_the_knowledge_base_gives_the_same_object():
    assert pickle.loads(pickle.dumps(KB)) is KB
    assert pickle.loads(pickle.dumps(KB.red_flags)) == KB.red_flags


def test_equality_and_hash():
    a, b = KB.muscles[0], pf.knowledge().muscles[0]
    assert a is not b and a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert KB.muscles[0] != KB.muscles[1] and KB.muscles[0] != KB.landmarks[0]
    assert len(set(KB.red_flags)) == len(KB.red_flags)
    assert pf.Guide.from_dict({"guide": "anatomy"}) == pf.Guide.from_dict({"guide": "anatomy"})
    assert pf.Guide.from_dict({"guide": "anatomy"}) != pf.Guide.from_dict({"guide": "disclaimer"})
    assert pf.Daily.from_dict({"every": "daily"}) != pf.AsNeeded.from_dict({"every": "as_needed"})
    assert pf.Span.from_dict({"min": 1, "max": 2}) == pf.Span.from_dict({"min": 1, "max": 2})
    assert hash(pf.Span.from_dict({"min": 1, "max": 2})) == hash(pf.Span.from_dict({"min": 1, "max": 2}))


def test_from_dict_finds_only_the_library_records():
    muscle = KB.muscles[0].to_dict()
    with pytest.raises(pf.InvalidInputError):
        pf.MuscleRecord.from_dict({**muscle, "name": "Not a muscle"})
    with pytest.raises(pf.InvalidInputError):
        pf.MuscleRecord.from_dict(KB.landmarks[0].to_dict())
    with pytest.raises(pf.InvalidInputError):
        pf.RedFlagRecord.from_json("{not json")
    assert pf.RedFlagRecord.from_json(KB.red_flags[3].to_json()) == KB.red_flags[3]


def test_rule_table_conditions():
    conditions = [r for r in RECORDS if isinstance(r, pf.Condition)]
    kinds = {c.kind for c in conditions}
    assert {"flag", "all", "any", "pain_at_least"} <= kinds
    for c in conditions:
        d = c.to_dict()
        if c.value is None:
            assert d == c.kind
        else:
            assert d == {c.kind: plain(c.value)}
        if c.kind in ("all", "any"):
            assert isinstance(c.value, list) and all(isinstance(x, pf.Condition) for x in c.value)
        if c.kind in ("flag", "not_absent"):
            assert isinstance(c.value, pf.RedFlag)
        if c.kind == "pain_at_least":
            assert type(c.value) is int
    for w in (w for r in KB.cautions for w in r.when):
        assert w.to_dict() == (w.kind if w.value is None else {w.kind: plain(w.value)})
    for e in KB.exercises:
        n = e.with_nerve_symptoms
        assert n.to_dict() == ({"advice": "as_usual"} if n.kind == "as_usual" else {"advice": "gentle", "how": n.how})


def test_ranges_are_the_cores():
    assert [r.to_dict() for r in KB.ranges] == DOC["ranges"]
    pain = pf.RANGES["pain"]
    assert isinstance(pain, pf.Range) and pain == KB.ranges[0] and (pain.min, pain.max) == (0, 10)
    assert 0 in pain and 10 in pain and 11 not in pain and -1 not in pain
    assert True not in pain and 3.0 not in pain and "3" not in pain
    assert pain.allowed == "whole numbers 0-10"


# The unions on real results: the same JSON as the old dicts, one class per variant.

def check_union(value, union):
    assert isinstance(value, UNIONS[union])
    d = value.to_dict()
    tag = d if isinstance(d, str) else next(iter(d)) if union in ("Source", "Evidence") else d[{"Finding": "finding", "Frequency": "every"}[union]]
    assert value.kind == tag
    cls = type(value)
    assert cls.from_dict(d) == value and cls.from_json(value.to_json()) == value
    assert pickle.loads(pickle.dumps(value)) == value and hash(pickle.loads(pickle.dumps(value))) == hash(value)
    assert repr(value).startswith(cls.__name__ + "(")
    return d


def test_fired_rule_sources():
    t = pf.triage({"pain_now": 8, "red_flags": {"fever": "present", "saddle_numbness": "present"}})
    old = json.loads(t.to_json())
    assert t.to_dict() == old and t.fired
    for rule, want in zip(t.fired, old["fired"]):
        assert [check_union(s, "Source") for s in rule.sources] == want["sources"]
        for s in rule.sources:
            if isinstance(s, pf.Guide):
                assert isinstance(s.section, pf.GuideSection) and s.to_dict() == {"guide": s.section.value}
            elif isinstance(s, pf.Cited):
                assert isinstance(s.citation, pf.Citation) and s.to_dict() == {"cited": s.citation.value}
            else:
                assert s.to_dict() == "project_default"


def test_likely_source_evidence():
    t = pf.triage({"worse_with": ["coughing", "crossing_legs"], "tender_areas": ["deep_buttock", "spine"],
                   "red_flags": {"both_legs": "present"}})
    old = json.loads(t.to_json())["likely_source"]
    src = t.likely_source
    assert [check_union(e, "Evidence") for e in src.piriformis] == old["piriformis"]
    assert [check_union(e, "Evidence") for e in src.spinal] == old["spinal"]
    assert src.to_dict() == old
    everything = src.piriformis + src.spinal
    assert {type(e) for e in everything} == {pf.WorseWith, pf.Tender, pf.Sign}
    assert pf.Sign.from_dict({"sign": "both_legs"}) in src.spinal
    assert pf.Tender.from_dict({"tender": "spine"}).area is pf.TenderArea.SPINE
    assert pf.WorseWith.from_dict({"worse_with": "coughing"}).aggravator is pf.Aggravator.COUGHING


def test_progress_findings():
    base = datetime.date(2026, 1, 1)
    log = [{"date": base + datetime.timedelta(days=d), "pain": 9 if d in (20, 21, 22, 34, 35, 36) else 5, "routine_done": True}
           for d in range(42)]
    rep = pf.progress(log, today=base + datetime.timedelta(days=41))
    old = json.loads(rep.to_json())["findings"]
    assert [check_union(f, "Finding") for f in rep.findings] == old
    assert [type(f) for f in rep.findings] == [pf.NoImprovement, pf.KeepsComingBack]
    assert rep.findings[0].weeks == old[0]["weeks"] and rep.findings[1].flares == old[1]["flares"] == 2
    assert rep.to_dict() == json.loads(rep.to_json())


def test_routine_dosage_frequency_and_spans():
    rt = pf.routine(side="both", phase="chronic_tightness", minutes=60, equipment=[e.value for e in pf.Equipment])
    old = json.loads(rt.to_json())
    dosages = [s.dosage for s in rt.steps] + [d for p in rt.weekly_plan.progression for d in (p.now, p.next)]
    want = [s["dosage"] for s in old["steps"]] + [d for p in old["weekly_plan"]["progression"] for d in (p["now"], p["next"])]
    assert [d.to_dict() for d in dosages] == want and rt.to_dict() == old
    dosages += [e.dosage for e in KB.exercises]
    spans = 0
    for d in dosages:
        dd = d.to_dict()
        assert check_union(d.frequency, "Frequency") == dd["frequency"]
        assert d.laterality == dd["laterality"] and type(d.laterality) is str
        for part in ("hold", "duration", "reps", "sets"):
            span = getattr(d, part)
            if span is None:
                assert dd[part] is None
                continue
            spans += 1
            assert isinstance(span, pf.Span) and span.to_dict() == dd[part] == {"min": span.min, "max": span.max}
            assert span["min"] == span.min and span["max"] == span.max
            assert pickle.loads(pickle.dumps(span)) == span
    assert spans > 10
    kinds = {type(d.frequency) for d in dosages}
    assert {pf.Daily, pf.DaysPerWeek, pf.AsNeeded} <= kinds
    assert all(f.days >= 1 for f in (d.frequency for d in dosages) if isinstance(f, pf.DaysPerWeek))
    with pytest.raises(KeyError):
        dosages[0].reps["nope"] if dosages[0].reps else pf.Span.from_dict({"min": 1, "max": 1})["nope"]


def test_every_variant_reads_back_and_rejects_the_others():
    samples = {
        pf.Guide: {"guide": "anatomy"}, pf.Cited: {"cited": "nhs_sciatica"}, pf.ProjectDefault: "project_default",
        pf.WorseWith: {"worse_with": "coughing"}, pf.Tender: {"tender": "spine"}, pf.Sign: {"sign": "fever"},
        pf.NoImprovement: {"finding": "no_improvement", "weeks": 4},
        pf.KeepsComingBack: {"finding": "keeps_coming_back", "flares": 3},
        pf.Daily: {"every": "daily"}, pf.DaysPerWeek: {"every": "days_per_week", "days": 3},
        pf.AsNeeded: {"every": "as_needed"}, pf.Throughout: {"every": "throughout"},
    }
    assert set(samples) == set(VARIANTS)
    for cls, d in samples.items():
        v = cls.from_dict(d)
        assert type(v) is cls and v.to_dict() == d
        union = next(u for u, cs in UNIONS.items() if cls in cs)
        check_union(v, union)
        for other in UNIONS[union]:
            if other is not cls:
                with pytest.raises(pf.InvalidInputError):
                    other.from_dict(d)
    assert pf.DaysPerWeek.from_dict({"every": "days_per_week", "days": 3}).days == 3
    with pytest.raises(pf.InvalidInputError):
        pf.Guide.from_dict({"guide": "no_such_section"})
