"""triage_table: the columnar batch path must agree with one-at-a-time triage,
read pandas' missing values as "not answered", and reject bad schemas with
errors that name the column."""

import json
import math
import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import piriformis as pf
from piriformis import _piriformis

ORDER = [d.value for d in pf.Disposition]


from _floor import floor  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[3]
VECTORS = json.loads((ROOT / "tests/vectors/triage.json").read_text())["cases"]


def flatten(a):
    """An assessment dict as a flat record named like pandas.json_normalize."""
    flat = {}
    for k, v in a.items():
        if isinstance(v, dict):
            flat.update({f"{k}.{sub}": x for sub, x in v.items()})
        else:
            flat[k] = v
    return flat


def columns_of(assessments):
    """Assessments as a dict of columns; absent fields are None cells."""
    flats = [flatten(a) for a in assessments]
    names = sorted({k for f in flats for k in f})
    return {k: [f.get(k) for f in flats] for k in names}


def one_row(result, i):
    return {k: result[k][i] for k in pf.RESULT_COLUMNS}


# Vectors whose fields are all table columns (two test unknown fields, which a
# table reports as a bad schema instead).
TABLE_VECTORS = [c for c in VECTORS if all(k in pf.TABLE_COLUMNS for k in flatten(c["input"])) and "policy" not in c]
CLINICIAN_VECTORS = [c for c in VECTORS if c.get("policy") == "clinician_referral" and "expect" in c]


def test_the_clinician_policy_agrees_with_the_vectors():
    assert len(CLINICIAN_VECTORS) >= 20
    for policy in ("clinician_referral", pf.TriagePolicy.CLINICIAN_REFERRAL):
        out = pf.triage_table(columns_of([c["input"] for c in CLINICIAN_VECTORS]), policy=policy)
        rows = pf.triage_many([c["input"] for c in CLINICIAN_VECTORS], policy=policy)
        for i, case in enumerate(CLINICIAN_VECTORS):
            for row in (one_row(out, i), rows[i]):
                assert row["disposition"] == case["expect"]["disposition"], case["name"]
                assert sorted(row["fired"].split(",")) == case["expect"]["fired"], case["name"]
    with pytest.raises(pf.InvalidInputError) as info:
        pf.triage_table({"side": ["left"]}, policy="lenient")
    assert info.value.field == "policy" and "clinician_referral" in info.value.allowed


def test_every_vector_fits_or_is_an_unknown_field_case():
    left_out = [c for c in VECTORS if c not in TABLE_VECTORS and "policy" not in c]
    assert len(TABLE_VECTORS) >= 70
    assert all("unknown" in c["expect_error"]["message_contains"] or c["expect_error"]["field"].startswith("red_flags") for c in left_out)


def test_table_agrees_with_the_vectors():
    out = pf.triage_table(columns_of([c["input"] for c in TABLE_VECTORS]))
    assert list(out) == list(pf.RESULT_COLUMNS)
    for i, case in enumerate(TABLE_VECTORS):
        row = one_row(out, i)
        if "expect_error" in case:
            assert row["disposition"] == floor(case["input"]) and row["fired"] is None, case["name"]
            assert row["provisional"] is (True if row["disposition"] else None)
            want = case["expect_error"]
            assert want["message_contains"] in row["error"], (case["name"], row["error"])
            if want["field"]:
                assert row["error"].startswith(want["field"]), (case["name"], row["error"])
        else:
            assert row["error"] is None, (case["name"], row["error"])
            assert row["disposition"] == case["expect"]["disposition"], case["name"]
            assert sorted(row["fired"].split(",")) == case["expect"]["fired"], case["name"]


def test_table_agrees_with_triage_many_row_by_row():
    rows = [c["input"] for c in TABLE_VECTORS if "expect_error" not in c]
    table = pf.triage_table(columns_of(rows))
    for i, expected in enumerate(pf.triage_many(rows)):
        assert one_row(table, i) == expected


def test_large_tables_keep_row_order_across_chunks():
    # More rows than one chunk, so the pipelined path runs; errors mixed in.
    n = 20_011
    cases = [c["input"] for c in TABLE_VECTORS]
    rows = [cases[(i * 7) % len(cases)] for i in range(n)]
    out = pf.triage_table(columns_of(rows))
    expected = pf.triage_many(rows)
    assert len(out["disposition"]) == n
    for i in range(0, n, 1):
        if out["disposition"][i] != expected[i]["disposition"] or out["fired"][i] != expected[i]["fired"]:
            pytest.fail(f"row {i} differs: {one_row(out, i)} != {expected[i]}")


def test_tables_of_distinct_objects_give_the_same_results():
    # Every cell its own object (as json.loads gives): the reader's caches
    # fill up and step aside; results must not change.
    def fresh(cell):
        if isinstance(cell, str):
            return cell.encode().decode()
        if isinstance(cell, list):
            return [fresh(x) for x in cell]
        return cell

    cases = [c["input"] for c in TABLE_VECTORS]
    rows = [cases[(i * 11) % len(cases)] for i in range(12_000)]
    shared = columns_of(rows)
    distinct = {k: [fresh(x) for x in v] for k, v in shared.items()}
    assert pf.triage_table(distinct) == pf.triage_table(shared)


def test_missing_cells_mean_not_answered():
    out = pf.triage_table({"side": ["left", None, math.nan], "red_flags.fever": [None, math.nan, "absent"]})
    assert out["error"] == [None, None, None]
    # An unanswered emergency question is never a "no".
    assert out["disposition"] == ["urgent", "urgent", "urgent"]
    assert out["provisional"] == [True, True, True]
    # Every main red-flag question is open (fever answered in the last row).
    # Every main question is open when nothing is answered, but a strenuous
    # lift (self-care alone): it raises nothing before age or bones are known.
    mains = sum(1 for r in pf.knowledge().red_flags if r.follow_up_of is None and r.tier.value != "self_care")
    assert out["unanswered"] == [mains, mains, mains - 1]
    assert "emergency_signs_unanswered" in out["fired"][0]


def test_an_empty_table():
    assert pf.triage_table({}) == {k: [] for k in pf.RESULT_COLUMNS}
    no_answers = _piriformis.triage_columns({}, 2)
    assert no_answers["disposition"] == ["urgent", "urgent"]


def test_list_columns_take_lists_or_comma_separated_ids():
    out = pf.triage_table({
        "worse_with": [["prolonged_sitting", "crossing_legs"], "prolonged_sitting, coughing", "", None, ("coughing",)],
        "tender_areas": [["deep_buttock"], "spine", None, None, []],
    })
    assert out["error"] == [None] * 5
    assert out["likely_source"] == ["piriformis", "spinal", "unclear", "unclear", "spinal"]
    bad = pf.triage_table({"pain_regions": [["calf", "elbow"], "calf,elbow"]})
    assert bad["error"][0].startswith("pain_regions[1]: unknown value 'elbow'") and "buttock" in bad["error"][0]
    assert bad["error"][1].startswith("pain_regions[1]: unknown value 'elbow'")


def test_enum_members_are_cells():
    out = pf.triage_table({"red_flags.foot_drop": [pf.Answer.PRESENT], "side": [pf.Side.LEFT]})
    assert out["disposition"] == ["urgent"] and "foot_drop" in out["fired"][0]


def test_nested_dict_columns_work_like_flat_ones():
    nested = {"nerve": [{"legs": "both"}, None], "red_flags": [{"saddle_numbness": "present"}, {"fever": "absent"}]}
    flat = {"nerve.legs": ["both", None], "red_flags.saddle_numbness": ["present", None], "red_flags.fever": [None, "absent"]}
    assert pf.triage_table(nested) == pf.triage_table(flat)
    assert pf.triage_table(nested)["disposition"][0] == "emergency"


def test_bad_cells_fail_only_their_row_and_name_the_column():
    pain = pf.RANGES["pain"]
    out = pf.triage_table({
        "pain_now": [3, pain.max + 1, 6.5, "high", True, 7.0, " 4 ", "4.0"],
        "red_flags.fever": ["absent", "absent", "absent", "maybe", "absent", "absent", "absent", "absent"],
    })
    err = out["error"]
    assert err[0] is None and err[5] is None
    assert err[1].startswith(f"pain_now: {pain.max + 1} is out of range") and pain.allowed in err[1]
    assert err[2].startswith("pain_now") and pain.allowed in err[2]
    assert err[3].startswith("pain_now")  # the first bad column in the row wins
    assert err[4].startswith("pain_now: true")  # a bool is not a pain score
    assert "severe_pain_score" in out["fired"][5]  # 7.0 from a float column is 7
    assert out["disposition"][1:5] == [None] * 4
    assert err[6] is None  # text of digits, as a CSV column with a text cell gives
    assert err[7].startswith("pain_now: 4.0 is out of range")


def test_a_csv_file_reads_like_the_vectors():
    pd = pytest.importorskip("pandas")
    import io

    rows = [c["input"] for c in TABLE_VECTORS]
    columns = columns_of(rows)
    csv_ready = {k: [",".join(x) if isinstance(x, list) else x for x in v] for k, v in columns.items()}
    text = pd.DataFrame(csv_ready).to_csv(index=False)
    df = pd.read_csv(io.StringIO(text))
    assert not pd.api.types.is_numeric_dtype(df["pain_now"])  # one text cell ("high") makes the column text
    out = pf.triage_table(df)
    expected = pf.triage_table(columns)
    got = {k: [None if pd.isna(x) else x for x in out[k].tolist()] for k in pf.RESULT_COLUMNS}
    assert got == expected


def test_every_listed_column_is_read():
    for name in pf.TABLE_COLUMNS:
        cell = {"nerve": {}, "red_flags": {}}.get(name, None)
        assert pf.triage_table({name: [cell]})["error"] == [None], name
    out = pf.triage_table({"nerve": ["legs"]})
    assert out["error"][0] == "nerve: expected an object"
    out = pf.triage_table({"red_flags": [{"fever": "maybe"}]})
    assert out["error"][0].startswith("red_flags.fever: unknown value 'maybe'")
    out = pf.triage_table({"nerve": [{"hands": "absent"}]})
    assert out["error"][0].startswith("nerve.hands: unknown field `hands`")


def test_contradictions_are_row_errors():
    out = pf.triage_table({"nerve.legs": ["neither", "one"], "nerve.tingling": ["worsening", "worsening"]})
    assert out["error"][0].startswith("nerve.tingling: contradicts nerve.legs")
    assert out["error"][1] is None


def test_bad_schemas_raise_errors_naming_the_column():
    with pytest.raises(pf.InvalidInputError) as info:
        pf.triage_table({"side": ["left"], "red_flags.fevr": ["absent"]})
    assert info.value.field == "columns" and "red_flags.fever" in info.value.allowed
    assert "'red_flags.fevr'" in str(info.value)
    with pytest.raises(pf.InvalidInputError, match="side: has 1 rows; the table has 2"):
        pf.triage_table({"pain_now": [1, 2], "side": ["left"]})
    with pytest.raises(pf.InvalidInputError, match="either a `red_flags` column"):
        pf.triage_table({"red_flags": [{}], "red_flags.fever": ["absent"]})
    with pytest.raises(pf.InvalidInputError) as info:
        pf.triage_table({"side": ["left"]}, extra="drop")
    assert info.value.field == "extra" and info.value.allowed == "error, ignore"
    with pytest.raises(TypeError):
        pf.triage_table([{"side": "left"}])
    ignored = pf.triage_table({"participant": ["p1"], "red_flags.saddle_numbness": ["present"]}, extra="ignore")
    assert ignored["disposition"] == ["emergency"]


def test_dataframes_in_and_out():
    pd = pytest.importorskip("pandas")
    rows = [c["input"] for c in TABLE_VECTORS if "expect_error" not in c]
    df = pd.json_normalize(rows)  # NaN where a row lacks a field; pain_now becomes float
    df.index = [f"p{i}" for i in range(len(df))]
    out = pf.triage_table(df)
    assert isinstance(out, pd.DataFrame) and list(out.index) == list(df.index)
    assert list(out.columns) == list(pf.RESULT_COLUMNS)
    expected = pf.triage_many(rows)
    assert out["disposition"].tolist() == [e["disposition"] for e in expected]
    assert out["fired"].tolist() == [e["fired"] for e in expected]
    # triage_many on a DataFrame takes the same path.
    assert pf.triage_many(df).equals(out)
    # Nullable integers, categoricals and a frame with no columns.
    typed = pd.DataFrame({
        "pain_now": pd.array([8, None], dtype="Int64"),
        "side": pd.Categorical(["left", "right"]),
    })
    got = pf.triage_table(typed)
    assert got["error"].tolist() == [None, None]
    assert "severe_pain_score" in got["fired"][0] and "severe_pain_score" not in got["fired"][1]
    assert pf.triage_table(pd.DataFrame(index=range(3)))["disposition"].tolist() == ["urgent"] * 3
    # pandas' NA and NaT in object columns are "not answered" too.
    odd = pd.DataFrame({"side": pd.Series(["left", pd.NA, pd.NaT], dtype=object), "pain_now": pd.array([pd.NA, 2, 9], dtype="Int64")})
    got = pf.triage_table(odd)
    assert got["error"].tolist() == [None, None, None]
    assert ["severe_pain_score" in f for f in got["fired"]] == [False, False, True]


def test_dataframe_results_are_typed():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({
        "pain_now": [2, 11, 5],
        "red_flags.saddle_numbness": ["absent", "absent", "present"],
        "worse_with": ["crossing_legs", None, "coughing"],
    })
    out = pf.triage_table(df)
    d = out["disposition"]
    assert isinstance(d.dtype, pd.CategoricalDtype) and d.cat.ordered
    assert list(d.cat.categories) == [x.value for x in pf.Disposition]
    assert d.max() == "emergency" and (d >= "urgent").tolist() == [True, False, True]
    assert d.isna().tolist() == [False, True, False]
    assert str(out["provisional"].dtype) == "boolean" and out["provisional"].isna().tolist() == [False, True, False]
    # Every main question is open when nothing is answered, but a strenuous
    # lift (self-care alone): it raises nothing before age or bones are known.
    mains = sum(1 for r in pf.knowledge().red_flags if r.follow_up_of is None and r.tier.value != "self_care")
    assert str(out["unanswered"].dtype) == "Int8" and out["unanswered"][0] == mains - 1 and pd.isna(out["unanswered"][1])
    assert out["likely_source"].tolist()[0] == "piriformis" and out["likely_source"].tolist()[2] == "spinal"
    assert "saddle_numbness" in out["fired"][2] and pd.isna(out["fired"][1])
    assert out["error"][1].startswith("pain_now: 11") and pd.isna(out["error"][0])
    # The same answers as the list-of-columns path.
    plain = pf.triage_table({k: df[k].tolist() for k in df.columns})
    for k in pf.RESULT_COLUMNS:
        assert [None if pd.isna(x) else x for x in out[k].tolist()] == plain[k], k


FLAT_COLUMNS = [c for c in pf.TABLE_COLUMNS if "." in c and c != "red_flags.both_legs"]
cells = st.one_of(st.none(), st.just(math.nan), st.sampled_from(["present", "absent", "unknown", "stable", "worsening", "one", "both", "neither", "oops"]))


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(FLAT_COLUMNS), st.lists(cells, min_size=3, max_size=3), min_size=1, max_size=10))
def test_table_rows_equal_single_triage(table):
    out = pf.triage_table(table)
    for i in range(3):
        assessment = {}
        for name, column in table.items():
            cell = column[i]
            if cell is None or cell != cell:
                continue
            head, _, tail = name.partition(".")
            assessment.setdefault(head, {})[tail] = cell
        row, expected_row = one_row(out, i), pf.triage_many([assessment])[0]
        if expected_row["error"] is not None:
            # Which bad cell is reported first may differ; that one is reported may not.
            assert row["error"] is not None and row["disposition"] == floor(assessment)
        else:
            assert row == expected_row
        try:
            expected = pf.triage(assessment)
        except pf.PiriformisError:
            assert out["error"][i] is not None and out["disposition"][i] == floor(assessment)
            continue
        assert out["disposition"][i] == expected.disposition.value
        assert out["unanswered"][i] == len(expected.unanswered)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(list(pf.TABLE_COLUMNS)), st.lists(st.one_of(st.none(), st.integers(-5, 600), st.floats(), st.text(max_size=8), st.lists(st.text(max_size=6), max_size=2), st.dictionaries(st.text(max_size=6), st.text(max_size=6), max_size=2)), min_size=2, max_size=2), min_size=1))
def test_no_table_crashes(table):
    try:
        out = pf.triage_table(table)
    except pf.PiriformisError as e:
        assert str(e)
        return
    assert all(len(out[k]) == 2 for k in pf.RESULT_COLUMNS)
    for d, e in zip(out["disposition"], out["error"]):
        assert (d is None) != (e is None)
