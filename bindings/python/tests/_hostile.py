"""Shared by the hostile-input tests (and run as a child process by them):
the safety oracle, written apart from the library's salvage code, and the
fuzz of deep, shared and odd Python values.

The oracle: a red flag answered "present" anywhere readable in the input
stays visible. The result is at or above that flag's tier, or the error
raised carries `at_least` at or above it. Tiers come from each red-flag
record of `pf.knowledge()`, not from the library's floor function.
"""

import collections
import json
import sys
import types

import piriformis as pf

ORDER = [d.value for d in pf.Disposition]
TIER = {r.id.value: r.tier.value for r in pf.knowledge().red_flags}
# A follow-up question (`cauda_equina_signs_recent` after `saddle_numbness`)
# counts together with its parent only, as its record says.
PARENT = {r.id.value: r.follow_up_of.value for r in pf.knowledge().red_flags if r.follow_up_of is not None}
QUESTIONS = {q.id.value for q in pf.catalogue()}
# Red flags the interview asks under their own id (answered "yes").
ASKED = sorted(f for f in TIER if f in QUESTIONS)


def rank(d):
    """The place of a disposition (str, enum member or None) in urgency order; -1 for None."""
    if d is None or d != d:  # None, NaN
        return -1
    return ORDER.index(getattr(d, "value", str(d)))


def floor(flags):
    """The highest tier among red flags answered present (None without any);
    a follow-up flag counts only with its parent, and a flag whose tier alone
    is self-care (a strenuous lift, before age is known) keeps nothing."""
    counted = [f for f in flags if PARENT.get(f, f) in flags and TIER[f] != "self_care"]
    return max((TIER[f] for f in counted), key=rank, default=None)


def check_result(call, flags, where=""):
    """Runs `call`; a result must have a disposition at or above the flags'
    floor, an error `at_least` at or above it. Returns ("ok"|"error", rank)."""
    want = rank(floor(flags))
    try:
        got = call()
    except pf.PiriformisError as e:
        assert isinstance(e, ValueError) and str(e), where
        for attr in ("field", "allowed", "at_least", "detail"):
            assert hasattr(e, attr), (attr, where)
        assert rank(e.at_least) >= want, (where, flags, e.at_least, str(e)[:300])
        return ("error", rank(e.at_least))
    if isinstance(got, pf.Ask):
        return ("ask", -1)  # the interview goes on; nothing is decided yet
    d = got.disposition if hasattr(got, "disposition") else got.triage.disposition
    assert rank(d) >= want, (where, flags, d)
    return ("ok", rank(d))


def check_row(row, flags, where=""):
    """A batch row: disposition at or above the floor, an error or a result."""
    want = rank(floor(flags))
    assert rank(row["disposition"]) >= want, (where, flags, row)
    if row["disposition"] is None:
        assert row["error"], (where, row)


# ---------------------------------------------------------------------------
# The fuzz, run in a child process: a crash of the interpreter fails the
# parent's test instead of killing pytest.


class Odd:
    """An object that is no JSON value."""

    def __repr__(self):
        return "Odd()"


class Raises(list):
    """A list whose iteration raises (an ordinary exception)."""

    def __iter__(self):
        raise RuntimeError("no iteration")


class Mapped(collections.abc.Mapping):
    """A Mapping that is not a dict."""

    def __init__(self, d):
        self._d = dict(d)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


def _fuzz():
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    fields = ["side", "pain_now", "pain_regions", "worse_with", "tender_areas", "pain_qualities",
              "self_care_weeks", "self_care_helped", "after_fall_or_accident", "nerve", "unknown"]
    leaves = st.one_of(
        st.none(), st.booleans(), st.integers(-2, 12), st.integers(2**63, 2**70), st.floats(allow_nan=True),
        st.sampled_from(["left", "calf", "x", "present", "yes", "", "2026-01-01"]),
        st.text(max_size=4), st.just(Odd()), st.just(Raises(["calf"])),
    )

    def deepen(x, depth, kind):
        for _ in range(depth):
            x = {"k": x} if kind == "dict" else ((x,) if kind == "tuple" else [x])
        return x

    def share(x, width, levels):
        for _ in range(levels):
            x = [x] * width
        return x

    values = st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4),
            st.tuples(inner, inner),
            st.dictionaries(st.text(max_size=6), inner, max_size=3),
            st.dictionaries(st.text(max_size=6), inner, max_size=3).map(types.MappingProxyType),
            st.dictionaries(st.text(max_size=6), inner, max_size=3).map(collections.UserDict),
            st.dictionaries(st.text(max_size=6), inner, max_size=3).map(Mapped),
        ),
        max_leaves=12,
    )
    hostile = st.one_of(
        values,
        st.builds(deepen, values, st.integers(0, 20_000), st.sampled_from(["list", "dict", "tuple"])),
        st.builds(share, values, st.integers(1, 2_000), st.integers(1, 6)),
    )
    wrappers = [dict, types.MappingProxyType, collections.UserDict, Mapped]
    flag_sets = st.lists(st.sampled_from(sorted(TIER)), max_size=3, unique=True)

    @settings(max_examples=int(sys.argv[2]), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.dictionaries(st.sampled_from(fields), hostile, max_size=4), flag_sets,
           st.sampled_from(wrappers), st.sampled_from(wrappers), st.booleans())
    def run(bad, flags, outer, inner, flags_first):
        red_flags = inner({f: "present" for f in flags})
        parts = [("red_flags", red_flags)] if flags else []
        a = dict(parts + list(bad.items())) if flags_first else dict(list(bad.items()) + parts)
        given_as = outer(a)
        check_result(lambda: pf.triage(given_as), flags, "triage")
        rows = pf.triage_many([given_as, a, {"side": "left"}])
        assert len(rows) == 3
        for row in rows[:2]:
            check_row(row, flags, "triage_many")
        # A table of one row: the same values as cells.
        columns = {k: [v] for k, v in bad.items() if k in pf.TABLE_COLUMNS}
        columns.update({f"red_flags.{f}": ["present"] for f in flags})
        try:
            out = pf.triage_table(columns) if columns else {"disposition": [None], "error": ["no columns"]}
        except pf.PiriformisError:
            pass  # a column's shape; no rows were read
        else:
            check_row({k: v[0] for k, v in out.items()}, flags, "triage_table")
        # The interview: red flags answered "yes" beside the bad answers.
        asked = [f for f in flags if f in ASKED]
        answers = {**{k: v for k, v in bad.items() if k != "nerve"}, **{f: "yes" for f in asked}}
        check_result(lambda: pf.next_step(outer(answers)), asked, "next_step")
        # A pain log and a routine request: never a crash, only PiriformisError.
        for call in (lambda: pf.progress([{"date": "2026-01-01", "pain": v} for v in bad.values()], "2026-01-02"),
                     lambda: pf.routine(dict(bad))):
            try:
                call()
            except pf.PiriformisError:
                pass

    run()
    print("fuzz ok")


if __name__ == "__main__" and sys.argv[1:2] == ["fuzz"]:
    _fuzz()
