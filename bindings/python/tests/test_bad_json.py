"""Bad JSON text (issue 13): the shared vectors of tests/vectors/bad_json.json,
given as text to `piriformis.triage` and `piriformis.next_step`, which pass a
str through to the Rust reader unchanged. Repeated keys, trailing input and
arrays where objects belong are errors naming the field; messages are short."""

import json
import pathlib

import pytest

import piriformis as pf

ROOT = pathlib.Path(__file__).resolve().parents[3]
ALL = json.loads((ROOT / "tests/vectors/bad_json.json").read_text(encoding="utf-8"))["cases"]
# Every entry point that reads JSON text in Python: assessments, answers,
# routine requests and pain logs (read as of a fixed day).
ENTRY = {"assessment": pf.triage, "answers": pf.next_step, "routine": pf.routine, "log": lambda text: pf.progress(text, "2026-01-31")}
CASES = [c for c in ALL if c["entry"] in ENTRY]


def test_the_vectors_are_here():
    assert len(CASES) == len(ALL) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_bad_json(case):
    with pytest.raises(pf.PiriformisError) as info:
        ENTRY[case["entry"]](case["text"])
    want = case["expect_error"]
    message = str(info.value)
    assert info.value.field == want["field"], message
    assert want["message_contains"] in message
    if "message_max_chars" in want:
        assert len(message) <= want["message_max_chars"], len(message)
    assert isinstance(info.value, ValueError)


def test_batch_json_path_gives_the_same_errors():
    texts = [c["text"] for c in CASES if c["entry"] == "assessment"]
    rows = pf.triage_many(texts)
    for text, row in zip(texts, rows):
        # The row fails as `triage` does, and keeps the floor its red flags
        # answered "present" give (a repeated "present" flag among them).
        with pytest.raises(pf.PiriformisError) as info:
            pf.triage(text)
        assert row["error"] == str(info.value), text
        assert row["disposition"] == info.value.at_least, text
        assert row["provisional"] == (True if info.value.at_least else None), text
    assert any(row["disposition"] == "emergency" for row in rows)


def test_repeated_emergency_flag_is_never_self_care():
    # Every main question "no"; when the sign began is not given, so it counts as new.
    follow_ups = {r.id for r in pf.knowledge().red_flags if r.follow_up_of is not None}
    others = ", ".join(f'"{f.value}": "absent"' for f in pf.RedFlag if f is not pf.RedFlag.SADDLE_NUMBNESS and f not in follow_ups)
    text = '{"red_flags": {"saddle_numbness": "present", %s, "saddle_numbness": "absent"}}' % others
    with pytest.raises(pf.InvalidInputError) as info:
        pf.triage(text)
    assert info.value.field == "red_flags.saddle_numbness"
    # The same flag once is an emergency.
    once = '{"red_flags": {"saddle_numbness": "present", %s}}' % others
    assert pf.triage(once).disposition is pf.Disposition.EMERGENCY
