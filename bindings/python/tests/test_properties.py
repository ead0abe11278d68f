"""Hypothesis properties mirroring the Rust ones: adding a red flag never lowers
urgency, emergencies dominate, and no input crashes the interpreter."""

from hypothesis import given, settings
from hypothesis import strategies as st

import piriformis as pf

ORDER = [d.value for d in pf.Disposition]
ANSWERS = st.sampled_from([a.value for a in pf.Answer])
FLAGS = [f for f in pf.RedFlag if f is not pf.RedFlag.BOTH_LEGS]

PARENT = {r.id.value: r.follow_up_of.value for r in pf.knowledge().red_flags if r.follow_up_of is not None}


def _consistent(flags):
    """A follow-up "yes" while the flag it follows is "no" contradicts: that
    flag becomes "not sure" instead (which never lowers urgency)."""
    for f, parent in PARENT.items():
        if flags.get(f) == "present" and flags.get(parent) == "absent":
            flags[parent] = "unknown"
    return flags


assessments = st.fixed_dictionaries(
    {},
    optional={
        "side": st.sampled_from([s.value for s in pf.Side]),
        "pain_now": st.integers(1, pf.RANGES["pain"].max),  # pain 0 with constant severe pain is a contradiction
        "worse_with": st.lists(st.sampled_from([a.value for a in pf.Aggravator]), unique=True),
        "red_flags": st.dictionaries(st.sampled_from([f.value for f in FLAGS]), ANSWERS).map(lambda d: _consistent(d)),
        "after_fall_or_accident": ANSWERS,
        "keeps_coming_back": ANSWERS,
    },
)


@settings(max_examples=200, deadline=None)
@given(assessments, st.sampled_from(FLAGS))
def test_adding_a_red_flag_never_lowers_urgency(a, flag):
    before = pf.triage(a).disposition
    flags = dict(a.get("red_flags", {}))
    flags[flag.value] = "present"
    # A follow-up "yes" while the flag it follows is "no" contradicts: that
    # answer becomes "not sure" (which never lowers urgency either).
    _consistent(flags)
    after = pf.triage({**a, "red_flags": flags}).disposition
    assert ORDER.index(after.value) >= ORDER.index(before.value)
    # A cauda equina sign is an emergency unless it is known to be long-standing and checked.
    if flag.value in ("bladder_or_bowel_control", "saddle_numbness") and flags.get("cauda_equina_signs_recent") != "absent":
        assert after is pf.Disposition.EMERGENCY


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=12), st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=8), st.lists(st.text(max_size=8), max_size=3))))
def test_no_input_crashes(d):
    for call in (lambda: pf.triage(d), lambda: pf.triage_many([d])):
        try:
            call()
        except pf.PiriformisError as e:
            assert isinstance(e, ValueError) and str(e)
