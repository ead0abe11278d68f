"""Python objects and JSON text are read by the same rules.

Dicts are walked in Rust (a lean pass for valid dicts, the batch reader for
anything else), JSON text goes through the core's text reader: the results,
and the errors with their field and red-flag floor, must be the same for every
conformance vector, however the keys were made (interned literals, keys from
``json.loads``, or fresh string objects).
"""

import datetime
import json
import types
import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import piriformis as pf

ROOT = pathlib.Path(__file__).resolve().parents[3]
CASES = json.loads((ROOT / "tests/vectors/triage.json").read_text())["cases"]


def fresh(v):
    """The same value with every str a new object (never interned)."""
    if isinstance(v, dict):
        return {"".join(list(k)): fresh(x) for k, x in v.items()}
    if isinstance(v, list):
        return [fresh(x) for x in v]
    if isinstance(v, str):
        return "".join(list(v))
    return v


def outcome(call):
    try:
        return ("ok", call().to_dict())
    except pf.PiriformisError as e:
        return ("error", type(e).__name__, e.field, e.at_least)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_dict_and_text_agree(case):
    policy = case.get("policy", "self_check")
    text = json.dumps(case["input"])
    want = outcome(lambda: pf.triage(text, policy))
    for given_as in (case["input"], json.loads(text), fresh(case["input"])):
        assert outcome(lambda: pf.triage(given_as, policy)) == want


flags = st.dictionaries(st.sampled_from([f.value for f in pf.RedFlag]), st.sampled_from(["present", "absent", "unknown", "maybe", 1]))
values = st.one_of(st.none(), st.integers(-2, 12), st.sampled_from(["right", "left", "both", "calf", "x"]), st.lists(st.sampled_from(["calf", "foot", "buttock", "nope"]), max_size=3))
assessments = st.dictionaries(
    st.sampled_from(["side", "pain_now", "pain_regions", "worse_with", "tender_areas", "self_care_weeks", "self_care_helped", "after_fall_or_accident", "nerve", "red_flags", "unknown_key"]),
    values,
).flatmap(lambda d: flags.map(lambda f: {**d, "red_flags": f} if f else d))


def answered(v):
    """A dict as its JSON text means it: None is "not answered", so a known
    field's key is left out (an unknown key stays an error either way)."""
    if isinstance(v, dict):
        return {k: answered(x) for k, x in v.items() if x is not None or k not in pf.TABLE_COLUMNS}
    return v


@settings(max_examples=300, deadline=None)
@given(assessments)
def test_any_dict_reads_like_its_text(a):
    by_dict, by_text = outcome(lambda: pf.triage(a)), outcome(lambda: pf.triage(json.dumps(answered(a))))
    if by_dict[0] == "error" and by_text[0] == "error":
        # With several bad fields the readers may name a different one first
        # (a dict's numbers are range-checked as they are read); the floor
        # from present red flags is the same.
        assert by_dict[3] == by_text[3]
    else:
        assert by_dict == by_text


def test_progress_log_list_and_text_agree():
    log = [{"date": f"2026-03-{d:02d}", "pain": 3 + d % 4, "routine_done": d % 2 == 0} for d in range(1, 31)]
    assert pf.progress(log, "2026-03-30") == pf.progress(json.dumps(log), "2026-03-30")
    bad = log[:3] + [{"date": "2026-03-04", "pain": "high"}]
    with pytest.raises(pf.InvalidInputError) as by_list:
        pf.progress(bad, "2026-03-30")
    with pytest.raises(pf.InvalidInputError) as by_text:
        pf.progress(json.dumps(bad), "2026-03-30")
    assert by_list.value.field == by_text.value.field == "log[3].pain"


def test_a_column_that_shrinks_while_read_fails_its_rows_without_a_crash():
    column: list = []

    class Shrinks:
        def __str__(self) -> str:
            column.clear()
            return "shrinks"

    column.extend([Shrinks(), "right", "left"])
    out = pf.triage_table({"side": column, "red_flags.saddle_numbness": ["present"] * 3})
    assert out["error"][0] is not None and "side" in out["error"][0]
    assert all("changed while it was read" in e for e in out["error"][1:])
    # The present red flag keeps every row's floor.
    assert out["disposition"] == ["emergency"] * 3


def test_key_objects_shared_across_calls_read_each_dict_on_its_own():
    # One document: every vector's keys are the same objects (json.loads
    # shares them), which a call remembers for the next by address. Each
    # dict must still be read on its own values, alone and in a batch.
    self_check = [c for c in CASES if "policy" not in c]
    doc = json.loads(json.dumps([c["input"] for c in self_check]))
    want = [outcome(lambda: pf.triage(json.dumps(c["input"]))) for c in self_check]
    for _ in range(2):
        assert [outcome(lambda: pf.triage(a)) for a in doc] == want
    rows = pf.triage_many(doc)
    for row, w in zip(rows, want):
        if w[0] == "ok":
            assert row["error"] is None and row["disposition"] == w[1]["disposition"]
        else:
            assert row["error"] is not None and row["disposition"] == w[3]


def test_a_key_that_calls_back_into_the_library_does_not_block():
    # A key's own Python code (a str subclass's hash) runs while its dict is
    # read; a triage it makes then reads without the shared key memory, and
    # both finish with the same results as plain keys give.
    inner = []

    class CallsBack(str):
        def __hash__(self) -> int:
            inner.append(pf.triage({"pain_now": 2}).disposition)
            return str.__hash__(self)

    a = {CallsBack("pain_now"): 4, "red_flags": {CallsBack("fever"): "present"}}
    made = len(inner)
    assert pf.triage(a) == pf.triage({"pain_now": 4, "red_flags": {"fever": "present"}})
    assert len(inner) > made and set(inner) == {pf.triage({"pain_now": 2}).disposition}


def test_a_batch_with_items_that_are_not_dicts_reads_them_all():
    a = {"side": "left", "red_flags": {"saddle_numbness": "present"}}
    mixed = pf.triage_many([a, json.dumps(a), pf.Assessment.from_dict(a), types.MappingProxyType(a)])
    assert [r["disposition"] for r in mixed] == ["emergency"] * 4
    assert all(r == pf.triage_many([a])[0] for r in mixed)
    # A failed row keeps its floor whatever the other items are.
    bad = {"pain_now": 99, "red_flags": {"bladder_or_bowel_control": "present"}}
    rows = pf.triage_many([bad, json.dumps(bad), pf.Assessment.from_dict(a), 7])
    assert [r["disposition"] for r in rows] == ["emergency", "emergency", "emergency", None]
    assert rows[0]["error"] == rows[1]["error"] and "pain_now" in rows[0]["error"]
    assert rows[3]["error"] and rows[3]["provisional"] is None


days = st.one_of(
    st.dates(min_value=datetime.date(2025, 1, 1), max_value=datetime.date(2026, 12, 31)),
    st.dates(min_value=datetime.date(2025, 1, 1), max_value=datetime.date(2026, 12, 31)).map(str),
    st.sampled_from(["2026-02-30", "yesterday", "2026-3-1", "", None]),
    st.datetimes(min_value=datetime.datetime(2026, 1, 1), max_value=datetime.datetime(2026, 2, 1)),
)
entries = st.fixed_dictionaries(
    {"date": days, "pain": st.one_of(st.integers(-1, 11), st.sampled_from([True, 3.0, "4", None]))},
    optional={
        "nerve_symptoms": st.sampled_from([True, False, None, 1]),
        "routine_done": st.sampled_from([True, False, None, "yes"]),
        "mood": st.just("fine"),
    },
)


def as_text(log):
    """The log as JSON text; a key whose value is None is left out, as the
    dict readers take None ("not given")."""
    return json.dumps([{k: v for k, v in e.items() if v is not None} for e in log], default=str)


@settings(max_examples=300, deadline=None)
@given(st.lists(entries, max_size=12))
def test_any_pain_log_reads_like_its_text(log):
    def run(given_as):
        try:
            return ("ok", pf.progress(given_as, "2026-12-31").to_dict())
        except pf.PiriformisError as e:
            return ("error", type(e).__name__, e.field)

    by_list, by_text = run(log), run(as_text(log))
    if by_list[0] == "error" and by_text[0] == "error":
        # With several bad fields the readers may name a different one first.
        assert by_list[1] == by_text[1]
    else:
        assert by_list == by_text


def test_answers_that_are_not_json_keep_the_floor_of_a_yes():
    # NaN is not an answer: the dict fails as a whole, and the red flag
    # answered "yes" beside it still sets the floor.
    with pytest.raises(pf.InvalidInputError) as info:
        pf.next_step({"saddle_numbness": "yes", "pain_now": float("nan")})
    assert info.value.at_least == "emergency"
    with pytest.raises(pf.InvalidInputError) as info:
        pf.next_step({"catalogue_version": 1, "answers": {"fever": "yes", "pain_now": float("nan")}})
    assert info.value.at_least is not None


def test_long_logs_and_odd_date_text_read_like_their_text():
    start = datetime.date(2025, 1, 1)
    year = [{"date": (start + datetime.timedelta(days=i)).isoformat(), "pain": i % 11} for i in range(400)]
    assert pf.progress(year, "2026-12-31") == pf.progress(json.dumps(year), "2026-12-31")
    for odd in (" 2026-01-01", "2026-1-1", "2026-01-01" + " " * 2000, "+2026-01-01", "２０２６-01-01"):
        log = [{"date": odd, "pain": 3}]

        def run(given_as):
            try:
                return ("ok", pf.progress(given_as, "2026-12-31").to_dict())
            except pf.PiriformisError as e:
                return ("error", type(e).__name__, e.field)

        assert run(log) == run(json.dumps(log)), repr(odd)
