"""Missing and odd values: one rule for every Python path (pf.triage on a
dict, triage_many on dicts, triage_table on columns and on a DataFrame), bad
input never hiding a present red flag, and Ctrl-C during a large call."""

import _thread
import threading
import time

import numpy as np
import pandas as pd
import pytest

import piriformis as pf

TIER = {r.id: r.tier for r in pf.knowledge().red_flags}
BASE = {"side": "left", "red_flags": {f.value: "absent" for f in pf.RedFlag}}


def dict_paths(field, value):
    """(disposition or None, error field or None) from every dict path."""
    head, _, tail = field.partition(".")
    a = {**BASE, "red_flags": dict(BASE["red_flags"])}
    if tail:
        a.setdefault(head, {})
        a[head] = {**a[head], tail: value}
    else:
        a[head] = value
    try:
        one = (pf.triage(a).disposition.value, None)
    except pf.PiriformisError as e:
        one = (None, e.field)
    row = pf.triage_many([a])[0]
    many = (row["disposition"], row["error"].split(":")[0] if row["error"] else None)
    return one, many


def table_paths(field, value):
    columns = {"side": ["left"], **{f"red_flags.{f.value}": ["absent"] for f in pf.RedFlag}, field: [value]}
    results = []
    for out in (pf.triage_table(columns), pf.triage_table(pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in columns.items()}))):
        error = out["error"][0]
        d = out["disposition"][0]
        results.append((None if d is None or d != d else str(d), error.split(":")[0] if error else None))
    return results


ANSWERED = {"pain_now": 5}
PAIN = pf.RANGES["pain"]
ODD = [
    # (field, value, dict result, table result): "ok" = read as the plain value, "na" = not answered, "error" = row error naming the field
    ("pain_now", None, "na", "na"),
    ("pain_now", np.int64(5), "ok", "ok"),
    ("pain_now", np.int32(5), "ok", "ok"),
    ("pain_now", np.uint8(5), "ok", "ok"),
    ("pain_now", np.int64(PAIN.max + 1), "error", "error"),
    ("pain_now", np.int64(PAIN.min - 1), "error", "error"),
    ("pain_now", True, "error", "error"),
    ("pain_now", float("nan"), "error", "na"),
    ("pain_now", np.float64("nan"), "error", "na"),
    ("pain_now", np.float32("nan"), "error", "na"),
    ("pain_now", np.float16("nan"), "error", "na"),
    ("pain_now", pd.NA, "error", "na"),
    ("side", None, "na", "na"),
    ("side", np.float32("nan"), "error", "na"),
    ("red_flags.fever", None, "na", "na"),
    ("red_flags.fever", np.float32("nan"), "error", "na"),
]


@pytest.mark.parametrize("field,value,in_dict,in_table", ODD, ids=[f"{f}={v!r}:{type(v).__name__}" for f, v, *_ in ODD])
def test_every_path_reads_odd_values_by_one_rule(field, value, in_dict, in_table):
    plain = {"pain_now": 5, "side": "left", "red_flags.fever": "absent"}[field]
    ok_dict, _ = dict_paths(field, plain)
    na_dict, _ = dict_paths(field, None)
    expect = {"ok": (ok_dict[0], None), "na": (na_dict[0], None)}
    one, many = dict_paths(field, value)
    # The two dict paths agree with each other...
    assert one == many
    if in_dict == "error":
        assert one[1] == field and one[0] is None
    else:
        assert one == expect[in_dict]
    # ... the two table paths agree with each other...
    columns, frame = table_paths(field, value)
    assert columns == frame
    if in_table == "error":
        assert columns[1] == field
    else:
        assert columns == expect[in_table]
    # ... and tables agree with dicts wherever the rule is the same.
    if in_dict == in_table != "error":
        assert columns == one


def test_nan_in_a_dict_has_one_message():
    with pytest.raises(pf.InvalidInputError) as info:
        pf.triage({"pain_now": np.float32("nan")})
    row = pf.triage_many([{"pain_now": np.float32("nan")}])[0]
    assert row["error"] == str(info.value)


class Hostile:
    """A cell whose every conversion raises."""

    def __str__(self):
        raise RuntimeError("no str for you " + "x" * 200)

    def __eq__(self, other):
        raise RuntimeError("no eq")

    def __hash__(self):
        raise RuntimeError("no hash")

    def __iter__(self):
        raise RuntimeError("no iter")


@pytest.mark.parametrize("column", ["pain_now", "side", "worse_with", "red_flags.fever", "nerve.legs"])
def test_an_exception_in_a_cell_is_the_rows_error(column):
    out = pf.triage_table({column: ["left" if column == "side" else None, Hostile()]})
    assert out["error"][0] is None
    error = out["error"][1]
    assert error.startswith(f"{column}: reading the cell raised RuntimeError: no "), error
    assert len(error) < 200, error
    row = pf.triage_many([{column.split(".")[0]: {column.split(".")[1]: Hostile()}} if "." in column else {column: Hostile()}])[0]
    assert row["error"].startswith(f"{column}: ") and "RuntimeError" in row["error"], row["error"]


@pytest.mark.parametrize("column", ["left", b"left", {"a": 1}, 3])
def test_a_value_where_a_column_belongs_raises_naming_it(column):
    with pytest.raises(pf.InvalidInputError) as info:
        pf.triage_table({"side": column})
    assert info.value.field == "side"
    assert "expected a column" in str(info.value)


def test_an_error_row_keeps_its_red_flag_floor():
    table = {
        "pain_now": [11, "x", 4, 11],
        "red_flags.saddle_numbness": ["present", None, None, "absent"],
        "red_flags.fever": [None, "present", "maybe", None],
    }
    for out in (pf.triage_table(table), pf.triage_table(pd.DataFrame(table))):
        d = [None if v is None or v != v else str(v) for v in out["disposition"]]
        assert d[:3] == [TIER["saddle_numbness"], TIER["fever"], None]
        assert d[3] is None
        assert all(out["error"][i] for i in range(4) if i != 2) and out["error"][2].startswith("red_flags.fever")
        assert bool(out["provisional"][0]) and bool(out["provisional"][1])
    rows = pf.triage_many([{"pain_now": 11, "red_flags": {"saddle_numbness": "present"}}, {"side": "up", "red_flags": {"fever": "present", "both_legs": "maybe"}}])
    assert [(r["disposition"], r["provisional"], bool(r["error"])) for r in rows] == [(TIER["saddle_numbness"], True, True), (TIER["fever"], True, True)]


@pytest.mark.parametrize("path", ["triage_table", "triage_many"])
def test_ctrl_c_interrupts_a_large_call(path):
    n = 3_000_000
    if path == "triage_table":
        args = ({"side": ["left", "right", "both"] * (n // 3), "pain_now": list(range(PAIN.max + 1)) * (n // (PAIN.max + 1)) + [0] * (n % (PAIN.max + 1))},)
        call = pf.triage_table
    else:
        one = {"side": "left", "pain_now": 3}
        args = ([one] * n,)
        call = pf.triage_many
    sent = []

    def interrupt():
        sent.append(time.perf_counter())
        _thread.interrupt_main()

    timer = threading.Timer(0.3, interrupt)
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            call(*args)
        latency = time.perf_counter() - sent[0]
    finally:
        timer.cancel()
    print(f"{path}: KeyboardInterrupt {latency * 1000:.1f} ms after the signal")
    assert latency < 2.0
    # Everything still works after the interruption.
    assert pf.triage_many([{"red_flags": {"saddle_numbness": "present"}}])[0]["disposition"] == "emergency"
