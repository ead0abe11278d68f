"""Python benchmark, run on demand (not a test):

    .venv/bin/python benches/python_triage.py [N]

Compares, side by side on the same machine and data:
  * the batch path `piriformis.triage_many` against an idiomatic pure-Python
    implementation of the same triage rules (below), over N assessments
    (default 100,000), and
  * the table path `piriformis.triage_table` (columns in, columns out: how
    survey data sits in a notebook) against the same pure-Python code, which
    gets the same assessments as a list of dicts (its fastest input, and no
    conversion charged to it), and against pure Python reading the columns.
    The table is given four ways: lists whose repeated values share objects,
    lists where every cell is its own object (the worst case), a DataFrame,
    and a DataFrame read back from CSV text;
  * the per-call cost of `piriformis.triage` from Python (compare with the
    Rust `triage/typical` median from `cargo bench --bench core`).
The pure-Python baseline validates like the core (fields, vocabularies, ranges,
contradictions) and is first checked against the Rust results on every
conformance vector, valid and invalid, so the ratio compares equal work.
"""

import json
import pathlib
import sys
import time

import piriformis as pf

ROOT = pathlib.Path(__file__).resolve().parent.parent
ALL_CASES = json.loads((ROOT / "tests/vectors/triage.json").read_text())["cases"]
CASES = [c for c in ALL_CASES if "expect" in c]

ORDER = ["self_care", "see_clinician", "see_clinician_soon", "urgent", "emergency"]
FLAGS = ["bladder_or_bowel_control", "saddle_numbness", "both_legs", "sexual_dysfunction", "foot_drop",
         "unsteady_walking", "fever", "unexplained_weight_loss", "night_sweats", "pain_not_eased_by_rest",
         "history_of_cancer", "immunosuppression", "osteoporosis_or_steroids", "new_pain_under20_or_over50",
         "severe_or_constant_pain"]
EMERGENCY_FLAGS = FLAGS[:4]
URGENT_FLAGS = FLAGS[4:6]
PIRI = {"prolonged_sitting", "hard_surface", "pressure_on_buttock", "crossing_legs", "hip_internal_rotation"}
SPINE = {"coughing", "sneezing", "spine_bending_or_twisting"}


VOCAB = {name: set(ids) for name, ids in pf._piriformis.vocabularies().items()}
ANSWERS = VOCAB["Answer"]
NERVE = {"numbness": VOCAB["NerveStatus"], "tingling": VOCAB["NerveStatus"], "weakness": VOCAB["NerveStatus"], "legs": VOCAB["Legs"]}
LISTS = {"pain_regions": VOCAB["BodyRegion"], "pain_qualities": VOCAB["PainQuality"], "worse_with": VOCAB["Aggravator"], "tender_areas": VOCAB["TenderArea"]}
FIELDS = {"side", "pain_now", "nerve", "red_flags", "after_fall_or_accident", "self_care_weeks", "self_care_helped", "keeps_coming_back", *LISTS}


def validate(a):
    """The same checks the core makes: fields, vocabularies, ranges, contradictions."""
    for k, v in a.items():
        if k not in FIELDS:
            raise ValueError(f"unknown field `{k}`")
        if v is None:
            continue
        if k == "side" and v not in VOCAB["Side"]:
            raise ValueError("side: unknown value")
        if k in LISTS and not all(x in LISTS[k] for x in v):
            raise ValueError(f"{k}: unknown value")
        if k in ("after_fall_or_accident", "self_care_helped", "keeps_coming_back") and v not in ANSWERS:
            raise ValueError(f"{k}: unknown value")
    p = a.get("pain_now")
    if p is not None and (not isinstance(p, int) or isinstance(p, bool) or not 0 <= p <= 10):
        raise ValueError("pain_now: out of range")
    w = a.get("self_care_weeks")
    if w is not None and (not isinstance(w, int) or not 0 <= w <= 520):
        raise ValueError("self_care_weeks: out of range")
    nerve = a.get("nerve") or {}
    for k, v in nerve.items():
        if k not in NERVE or v not in NERVE[k]:
            raise ValueError(f"nerve.{k}: unknown value")
    flags = a.get("red_flags") or {}
    for k, v in flags.items():
        if k not in VOCAB["RedFlag"] or v not in ANSWERS:
            raise ValueError("red_flags: unknown value")
    if w == 0 and a.get("self_care_helped", "unknown") != "unknown":
        raise ValueError("self_care_helped: contradiction")
    legs = nerve.get("legs", "unknown")
    if legs == "neither" and any(nerve.get(s) in ("stable", "worsening") for s in ("numbness", "tingling", "weakness")):
        raise ValueError("nerve: contradiction")
    both = flags.get("both_legs", "unknown")
    if (both == "present" and legs in ("one", "neither")) or (both == "absent" and legs == "both"):
        raise ValueError("red_flags.both_legs: contradiction")
    if p == 0 and flags.get("severe_or_constant_pain") == "present":
        raise ValueError("red_flags.severe_or_constant_pain: contradiction")


def py_triage_row(a):
    """One batch row, as `triage_many` returns it."""
    try:
        validate(a)
    except ValueError as e:
        return {"disposition": None, "error": str(e)}
    r = py_triage(a)
    return {"disposition": r["disposition"], "fired": ",".join(r["fired"]), "likely_source": r["likely_source"], "error": None}


def py_triage(a):
    """Idiomatic pure-Python version of the core's rules (after `validate`)."""
    flags = a.get("red_flags", {})
    nerve = a.get("nerve", {})
    legs = nerve.get("legs", "unknown")

    def flag(f):
        v = flags.get(f, "unknown")
        if f == "both_legs" and v == "unknown":
            return {"both": "present", "one": "absent", "neither": "absent"}.get(legs, "unknown")
        return v

    yes = {f for f in FLAGS if flag(f) == "present"}
    fall = a.get("after_fall_or_accident") == "present"
    pain = a.get("pain_now")
    weeks = a.get("self_care_weeks")
    rules = [
        ("bladder_or_bowel", "emergency", "bladder_or_bowel_control" in yes),
        ("saddle_numbness", "emergency", "saddle_numbness" in yes),
        ("both_legs", "emergency", "both_legs" in yes),
        ("sexual_dysfunction", "emergency", "sexual_dysfunction" in yes),
        ("foot_drop", "urgent", "foot_drop" in yes),
        ("unsteady_walking", "urgent", "unsteady_walking" in yes),
        ("worsening_weakness", "urgent", nerve.get("weakness") == "worsening"),
        ("fever_immunosuppressed", "urgent", {"fever", "immunosuppression"} <= yes),
        ("fever_with_weight_loss_or_sweats", "urgent", "fever" in yes and bool({"unexplained_weight_loss", "night_sweats"} & yes)),
        ("cancer_with_warning_signs", "urgent", "history_of_cancer" in yes and bool({"unexplained_weight_loss", "pain_not_eased_by_rest"} & yes)),
        ("fall_with_fragile_bones", "urgent", fall and "osteoporosis_or_steroids" in yes),
        ("fever", "see_clinician_soon", "fever" in yes),
        ("weight_loss", "see_clinician_soon", "unexplained_weight_loss" in yes),
        ("night_sweats", "see_clinician_soon", "night_sweats" in yes),
        ("pain_not_eased_by_rest", "see_clinician_soon", "pain_not_eased_by_rest" in yes),
        ("history_of_cancer", "see_clinician_soon", "history_of_cancer" in yes),
        ("immunosuppression", "see_clinician_soon", "immunosuppression" in yes),
        ("osteoporosis_or_steroids", "see_clinician_soon", "osteoporosis_or_steroids" in yes),
        ("new_pain_age", "see_clinician_soon", "new_pain_under20_or_over50" in yes),
        ("worsening_numbness_or_tingling", "see_clinician_soon", "worsening" in (nerve.get("numbness"), nerve.get("tingling"))),
        ("after_fall_or_accident", "see_clinician_soon", fall),
        ("severe_or_constant_pain", "see_clinician", "severe_or_constant_pain" in yes),
        ("severe_pain_score", "see_clinician", pain is not None and pain >= 7),
        ("stable_weakness", "see_clinician", nerve.get("weakness") in ("stable", "worsening")),
        ("no_improvement", "see_clinician", weeks is not None and weeks >= 3 and a.get("self_care_helped") != "present"),
        ("keeps_coming_back", "see_clinician", a.get("keeps_coming_back") == "present"),
        ("emergency_signs_unanswered", "urgent", any(flag(f) == "unknown" for f in EMERGENCY_FLAGS)),
        ("urgent_signs_unanswered", "see_clinician_soon", any(flag(f) == "unknown" for f in URGENT_FLAGS)),
        ("red_flags_unanswered", "see_clinician", any(flag(f) == "unknown" for f in FLAGS[6:])),
    ]
    fired = [(i, d) for i, d, hit in rules if hit] or [("no_warning_signs", "self_care")]
    disposition = max((d for _, d in fired), key=ORDER.index)
    worse = set(a.get("worse_with", []))
    tender = set(a.get("tender_areas", []))
    p = len(worse & PIRI) + ("deep_buttock" in tender)
    s = len(worse & SPINE) + ("spine" in tender)
    source = "unclear" if not (p or s) else "mixed" if p and s else "piriformis" if p else "spinal"
    return {"disposition": disposition, "fired": sorted(i for i, _ in fired), "likely_source": source}


def flatten(a):
    """One assessment as a flat record, as pandas.json_normalize names it."""
    flat = {}
    for k, v in a.items():
        if isinstance(v, dict):
            flat.update({f"{k}.{sub}": x for sub, x in v.items()})
        else:
            flat[k] = v
    return flat


def unflatten(rec):
    """A flat record back to an assessment dict (None cells left out)."""
    a = {}
    for k, v in rec.items():
        if v is None:
            continue
        head, dot, tail = k.partition(".")
        if dot:
            a.setdefault(head, {})[tail] = v
        else:
            a[k] = v
    return a


def time_best(f, repeat=5):
    """Best of `repeat` runs (seconds) and the last result."""
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = f()
        best = min(best, time.perf_counter() - t0)
    return best, out


def fresh(cell):
    """The same value as a new object (as json.loads gives every value)."""
    if isinstance(cell, str):
        return cell.encode().decode()
    if isinstance(cell, list):
        return [fresh(x) for x in cell]
    return cell


def us(t, n):
    return f"{t:.3f} s ({t / n * 1e6:5.2f} us each)"


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    for c in CASES:
        got = py_triage(c["input"])
        assert got["disposition"] == c["expect"]["disposition"] and got["fired"] == c["expect"]["fired"], c["name"]
    for c in ALL_CASES:
        if "expect_error" in c:
            assert py_triage_row(c["input"])["error"], c["name"]

    # 1. A list of dicts: every vector, valid and invalid, cycled to N rows.
    rows = [ALL_CASES[i % len(ALL_CASES)]["input"] for i in range(n)]
    t_py, base = time_best(lambda: [py_triage_row(a) for a in rows])
    t_many, out = time_best(lambda: pf.triage_many(rows))
    # Failed rows keep their red-flag floor; the baseline gives them none.
    assert [o["disposition"] if o["error"] is None else None for o in out] == [b["disposition"] for b in base]
    assert [o["error"] is None for o in out] == [b["error"] is None for b in base]

    # 2. A table: every vector whose fields are all table columns (the two
    # unknown-field vectors are schema errors for a table), cycled to N rows.
    table_cases = [c["input"] for c in ALL_CASES if all(k in pf.TABLE_COLUMNS for k in flatten(c["input"]))]
    rows_t = [table_cases[i % len(table_cases)] for i in range(n)]
    names = sorted({k for a in table_cases for k in flatten(a)})
    flat = [flatten(a) for a in rows_t]
    shared = {k: [f.get(k) for f in flat] for k in names}
    distinct = {k: [fresh(f.get(k)) for f in flat] for k in names}

    t_py_dicts, base_t = time_best(lambda: [py_triage_row(a) for a in rows_t])
    t_py_cols, base_c = time_best(lambda: [py_triage_row(unflatten(dict(zip(names, cells)))) for cells in zip(*shared.values())])
    t_shared, out_t = time_best(lambda: pf.triage_table(shared))
    t_distinct, out_d = time_best(lambda: pf.triage_table(distinct))
    assert out_t == out_d
    assert [d if e is None else None for d, e in zip(out_t["disposition"], out_t["error"])] == [b["disposition"] for b in base_t] == [b["disposition"] for b in base_c]
    assert [e is None for e in out_t["error"]] == [b["error"] is None for b in base_t]
    assert [",".join(sorted(f.split(","))) for f, e in zip(out_t["fired"], out_t["error"]) if e is None] == [b["fired"] for b in base_t if b["error"] is None]
    t_frame = None
    try:
        import pandas as pd
    except ImportError:
        pd = None
    t_csv = None
    if pd is not None:
        frame = pd.DataFrame(shared)
        t_frame, out_f = time_best(lambda: pf.triage_table(frame))
        assert [d if isinstance(d, str) else None for d in out_f["disposition"]] == out_t["disposition"]
        # The same table through a CSV file, as a survey export would arrive
        # (list cells written as comma-separated ids).
        import io

        csv_ready = {k: [",".join(x) if isinstance(x, list) else x for x in v] for k, v in shared.items()}
        from_csv = pd.read_csv(io.StringIO(pd.DataFrame(csv_ready).to_csv(index=False)))
        t_csv, out_c = time_best(lambda: pf.triage_table(from_csv))
        assert [d if isinstance(d, str) else None for d in out_c["disposition"]] == out_t["disposition"]

    # 3. Per-call cost from Python.
    k = min(n, 20_000)
    valid = [c["input"] for c in CASES]

    def one_by_one():
        for i in range(k):
            pf.triage(valid[i % len(valid)])

    t_one, _ = time_best(one_by_one)

    print(f"{n} assessments; best of 5 runs each")
    print("list of dicts (all vectors, valid and invalid):")
    print(f"  pure Python                 {us(t_py, n)}")
    print(f"  piriformis.triage_many      {us(t_many, n)}   {t_py / t_many:4.1f}x")
    print(f"table, {len(names)} columns ({len(table_cases)} vectors); ratios against pure Python on dicts, its fastest input:")
    print(f"  pure Python on dicts        {us(t_py_dicts, n)}")
    print(f"  pure Python on the columns  {us(t_py_cols, n)}")
    print(f"  triage_table, shared cells  {us(t_shared, n)}   {t_py_dicts / t_shared:4.1f}x   (repeated values are one object: pandas read_csv, Arrow, categoricals)")
    print(f"  triage_table, each cell new {us(t_distinct, n)}   {t_py_dicts / t_distinct:4.1f}x   (every value its own object: the worst case)")
    if t_frame is not None:
        print(f"  triage_table on a DataFrame {us(t_frame, n)}   {t_py_dicts / t_frame:4.1f}x   (DataFrame in and out)")
    if t_csv is not None:
        print(f"  ... DataFrame from read_csv {us(t_csv, n)}   {t_py_dicts / t_csv:4.1f}x   (the same table read back from CSV text)")
    print(f"one call of piriformis.triage from Python: {t_one / k * 1e6:.2f} us")


if __name__ == "__main__":
    main()
