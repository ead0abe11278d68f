"""Python benchmark, run on demand (not a test):

    .venv/bin/python benches/python_triage.py [N]

Compares, side by side on the same machine and data (every job runs once per
round, in turn, and each keeps its best of 5 rounds, so a busy host slows a
baseline and the library alike):
  * the batch path `piriformis.triage_many` against an idiomatic pure-Python
    implementation of the same triage rules (below), over N assessments
    (default 100,000), given as rows that share objects (one parse of the
    vector file) and as rows each parsed on its own (JSON lines), and
  * the table path `piriformis.triage_table` (columns in, columns out: how
    survey data sits in a notebook) against the same pure-Python code, which
    gets the same assessments as a list of dicts (its fastest input, and no
    conversion charged to it), and against pure Python reading the columns.
    The table is given four ways: lists whose repeated values share objects,
    lists where every cell is its own object (the worst case), a DataFrame,
    and a DataFrame read back from CSV text;
  * the per-call cost of `piriformis.triage` from Python against one call of
    the pure-Python rules on the same valid vectors (compare with the Rust
    `triage/typical` median from `cargo bench --bench core`), and the per-call
    cost of `next_step`, `routine` and `progress` (no pure-Python baseline).
The pure-Python baseline validates like the core (fields, vocabularies, ranges,
contradictions), evaluates every rule of the default self-check policy, works
out which unanswered red flags and nerve questions could still raise the result
(the open questions, alone and together), and weighs the likely source. It
reads the rule table, the red-flag records and the leans from the library's
knowledge as data (`pf.knowledge()`), so it follows the core's rules without
restating them; only the evaluation is written here, in plain Python. It is first checked against the Rust
results on every self-check conformance vector, valid and invalid, so the ratio
compares equal work. The inputs are the self-check vectors (the vectors with a
"policy" key are for the clinician-referral policy and are left out).
"""

import json
import pathlib
import sys
import time

import piriformis as pf

ROOT = pathlib.Path(__file__).resolve().parent.parent
ALL_CASES = json.loads((ROOT / "tests/vectors/triage.json").read_text())["cases"]
# The default self-check policy only: vectors with a "policy" key are for another.
SELF_CHECK = [c for c in ALL_CASES if "policy" not in c]
CASES = [c for c in SELF_CHECK if "expect" in c]

ORDER = ["self_care", "see_clinician", "see_clinician_soon", "urgent", "emergency"]
SELF_CARE = 0

# The rule table and the records the baseline reads come from the library's
# knowledge as data (the rules are rows of conditions; nothing is restated
# here): the baseline does the same work in plain Python.
KB = pf.knowledge().to_dict()
VOCAB = {name: ids for name, ids in pf._piriformis.vocabularies().items()}
FLAGS = VOCAB["RedFlag"]
# (`no_warning_signs` is the fallback when nothing else fires, not a rule to test.)
RULES = [(r["id"], ORDER.index(r["self_check"]), r["when"], r["pathway"] == "unanswered")
         for r in KB["triage_rules"] if r["id"] != "no_warning_signs"]
FINDINGS = [r for r in RULES if not r[3]]
UNANSWERED = [r for r in RULES if r[3]]
# A follow-up's parents: the flags whose "yes" asks it (the form's enableWhen).
_FORM = pf.fhir_questionnaire()
_FORM = json.loads(_FORM) if isinstance(_FORM, str) else _FORM
PARENTS = {item["linkId"]: [w["question"] for w in item.get("enableWhen", []) if "answerCoding" in w]
           for item in _FORM["item"]
           if item["linkId"] in {r["id"] for r in KB["red_flags"] if r["follow_up_of"] is not None}}
FLAG_LEAN = {r["id"]: r["lean"] for r in KB["red_flags"]}
AGGRAVATOR_LEAN = {r["id"]: r["lean"] for r in KB["aggravators"]}
TENDER_LEAN = {"deep_buttock": "piriformis", "spine": "spinal"}
ANSWERS = set(VOCAB["Answer"])
NERVE = {"numbness": set(VOCAB["NerveStatus"]), "tingling": set(VOCAB["NerveStatus"]),
         "weakness": set(VOCAB["NerveStatus"]), "legs": set(VOCAB["Legs"])}
LISTS = {"pain_regions": set(VOCAB["BodyRegion"]), "pain_qualities": set(VOCAB["PainQuality"]),
         "worse_with": set(VOCAB["Aggravator"]), "tender_areas": set(VOCAB["TenderArea"])}
RANGES = {k: (v.min, v.max) for k, v in pf.RANGES.items()}
NUMBERS = {"pain_now": RANGES["pain"], "self_care_weeks": RANGES["self_care_weeks"], "age": RANGES["age"]}
YES_NO_FIELDS = ("after_fall_or_accident", "self_care_helped", "keeps_coming_back")
FIELDS = {"side", "nerve", "red_flags", *YES_NO_FIELDS, *LISTS, *NUMBERS}
BELOW_KNEE = {"calf", "foot"}
SEVERE_PAIN = 7


def reads(cond, kinds):
    """The values a condition reads under the given keys (flags, nerve signs)."""
    if isinstance(cond, dict):
        (k, v), = cond.items()
        if k in ("all", "any"):
            return set().union(*(reads(c, kinds) for c in v)) if v else set()
        return {v} if k in kinds else set()
    return {cond} if cond in kinds else set()


READS_FLAGS = [reads(r[2], {"flag", "not_absent"}) for r in RULES]
READS_NERVE = [bool(reads(r[2], {"worsening", "nerve_present"}) or reads(r[2], {"radicular"})) for r in RULES]
# For each red flag, the finding rules that read it, highest tier first.
READERS = {f: sorted((i for i, r in enumerate(RULES) if not r[3] and f in READS_FLAGS[i]), key=lambda i: -RULES[i][1])
           for f in FLAGS}


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
        if k in YES_NO_FIELDS and v not in ANSWERS:
            raise ValueError(f"{k}: unknown value")
        if k in NUMBERS:
            lo, hi = NUMBERS[k]
            if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
                raise ValueError(f"{k}: out of range")
    nerve = a.get("nerve") or {}
    for k, v in nerve.items():
        if k not in NERVE or v not in NERVE[k]:
            raise ValueError(f"nerve.{k}: unknown value")
    flags = a.get("red_flags") or {}
    for k, v in flags.items():
        if k not in FLAGS or v not in ANSWERS:
            raise ValueError("red_flags: unknown value")
    w, p = a.get("self_care_weeks"), a.get("pain_now")
    if w == 0 and (a.get("self_care_helped") or "unknown") != "unknown":
        raise ValueError("self_care_helped: contradiction")
    legs = nerve.get("legs", "unknown")
    if legs == "neither" and any(nerve.get(s) in ("stable", "worsening") for s in ("numbness", "tingling", "weakness")):
        raise ValueError("nerve: contradiction")
    both = flags.get("both_legs", "unknown")
    if (both == "present" and legs in ("one", "neither")) or (both == "absent" and legs == "both"):
        raise ValueError("red_flags.both_legs: contradiction")
    for f, parents in PARENTS.items():
        if flags.get(f) == "present" and all(flags.get(x) == "absent" for x in parents):
            raise ValueError(f"red_flags.{f}: contradiction")
    if p == 0 and flags.get("severe_or_constant_pain") == "present":
        raise ValueError("red_flags.severe_or_constant_pain: contradiction")


def py_triage_row(a):
    """One batch row, as `triage_many` returns it."""
    try:
        validate(a)
    except ValueError as e:
        return {"disposition": None, "error": str(e)}
    r = py_triage(a)
    return {"disposition": r["disposition"], "provisional": r["provisional"], "likely_source": r["likely_source"],
            "fired": ",".join(r["fired"]), "unanswered": len(r["unanswered"]), "error": None}


def holds(cond, x):
    """Whether a condition (the library's rule data) holds for the context `x`."""
    if isinstance(cond, str):
        if cond == "radicular":
            return (any(x["nerve"].get(s) in ("stable", "worsening") for s in ("numbness", "tingling"))
                    or not BELOW_KNEE.isdisjoint(x["a"].get("pain_regions") or ()))
        if cond == "age_unknown":
            return x["a"].get("age") is None
        if cond == "after_fall":
            return x["a"].get("after_fall_or_accident") == "present"
        if cond == "recurring":
            return x["a"].get("keeps_coming_back") == "present"
        raise ValueError(cond)
    (k, v), = cond.items()
    if k == "all":
        return all(holds(c, x) for c in v)
    if k == "any":
        return any(holds(c, x) for c in v)
    if k == "flag":
        return x["flags"][v] == "present"
    if k == "not_absent":
        return x["flags"][v] != "absent"
    if k == "worsening":
        return x["nerve"].get(v) == "worsening"
    if k == "nerve_present":
        return x["nerve"].get(v) in ("stable", "worsening")
    if k == "age_at_least":
        age = x["a"].get("age")
        return age is not None and age >= v
    if k == "worse_with":
        return v in (x["a"].get("worse_with") or ())
    if k == "tender":
        return v in (x["a"].get("tender_areas") or ())
    if k == "pain_at_least":
        p = x["a"].get("pain_now")
        return p is not None and p >= v
    if k == "no_improvement_after_weeks":
        w = x["a"].get("self_care_weeks")
        return w is not None and w >= v and x["a"].get("self_care_helped") != "present"
    if k == "red_flag_unanswered":
        return ORDER.index(v) in x["raised"]
    raise ValueError(k)


def findings(x, only=None):
    """The finding rules that hold (indices), and the highest tier among them."""
    fired = [i for i, r in enumerate(RULES) if not r[3] and (only is None or only[i]) and holds(r[2], x)]
    return fired, max((RULES[i][1] for i in fired), default=SELF_CARE)


def py_triage(a):
    """Idiomatic pure-Python version of the core's self-check triage (after `validate`)."""
    flags = dict(a.get("red_flags") or {})
    nerve = dict(a.get("nerve") or {})
    legs = nerve.setdefault("legs", "unknown")
    answers = {f: flags.get(f, "unknown") for f in FLAGS}
    # nerve.legs "both" counts even beside a "not sure"; "one" or "neither"
    # answers only a question left out.
    if legs == "both" and answers["both_legs"] == "unknown":
        answers["both_legs"] = "present"
    elif "both_legs" not in flags and legs in ("one", "neither"):
        answers["both_legs"] = "absent"
    x = {"a": a, "flags": answers, "nerve": nerve, "raised": set()}
    fired, top = findings(x)

    # Open questions: unknown red flags (not follow-ups whose questions were
    # all answered no), and nerve signs while a leg may be involved, whose
    # worst answer would raise the result; and all of them together.
    never = {f for f, ps in PARENTS.items() if all(answers[p] == "absent" for p in ps)}
    unknown = [f for f in FLAGS if answers[f] == "unknown" and f not in never]
    unknown_nerve = [s for s in ("numbness", "tingling", "weakness")
                     if legs != "neither" and nerve.get(s, "unknown") == "unknown"]
    open_flags, open_nerve, raised = [], [], set()
    for f in unknown:
        x["flags"] = dict(answers, **{f: "present"})
        for i in READERS[f]:
            if RULES[i][1] <= top:
                break
            if holds(RULES[i][2], x):
                open_flags.append(f)
                raised.add(RULES[i][1])
                break
    x["flags"] = answers
    worst_legs = "one" if legs == "unknown" else legs
    for s in unknown_nerve:
        x["nerve"] = dict(nerve, **{s: "worsening", "legs": worst_legs})
        _, tier = findings(x, READS_NERVE)
        if tier > top:
            open_nerve.append(s)
            raised.add(tier)
    x["nerve"] = nerve
    if len(unknown) + len(unknown_nerve) >= 2:
        x["flags"] = dict(answers, **{f: "present" for f in unknown})
        x["nerve"] = dict(nerve, **{s: "worsening" for s in unknown_nerve})
        if unknown_nerve:
            x["nerve"]["legs"] = worst_legs
        then, tier = findings(x)
        new = [i for i in then if i not in fired]
        read_flags = set().union(*(READS_FLAGS[i] for i in new)) if new else set()
        if tier > top and (not raised or tier > max(raised)):
            raised.add(tier)
            open_flags += [f for f in unknown if f in read_flags and f not in open_flags]
            if any(READS_NERVE[i] for i in new):
                open_nerve += [s for s in unknown_nerve if s not in open_nerve]
        x["flags"], x["nerve"] = answers, nerve
    x["raised"] = raised
    fired = [RULES[i][0] for i in fired] + [r[0] for r in UNANSWERED if holds(r[2], x)]
    tiers = {r[0]: r[1] for r in RULES}
    if not fired:
        fired, tiers["no_warning_signs"] = ["no_warning_signs"], SELF_CARE
    disposition = ORDER[max(tiers[r] for r in fired)]

    feats = [(AGGRAVATOR_LEAN[w], ("w", w)) for w in a.get("worse_with") or ()]
    feats += [(TENDER_LEAN[t], ("t", t)) for t in a.get("tender_areas") or ()]
    feats += [(FLAG_LEAN[f], ("f", f)) for f in FLAGS if answers[f] == "present"]
    p = len({e for lean, e in feats if lean == "piriformis"})
    s = len({e for lean, e in feats if lean == "spinal"})
    source = "unclear" if not (p or s) else "mixed" if p and s else "piriformis" if p else "spinal"
    open_flags = [f for f in FLAGS if f in open_flags]
    return {"disposition": disposition, "fired": sorted(fired), "likely_source": source,
            "unanswered": open_flags, "provisional": bool(open_flags or open_nerve)}


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


def race(jobs, rounds=5):
    """Best time (seconds) of each job over `rounds` rounds that run every job
    once, in turn: a baseline and the library share the machine's state (the
    host's load moves both), so their ratio holds even when the host is busy."""
    best = {name: float("inf") for name in jobs}
    for _ in range(rounds):
        for name, job in jobs.items():
            t0 = time.perf_counter()
            job()
            best[name] = min(best[name], time.perf_counter() - t0)
    return best


def fresh(cell):
    """The same value as a new object (as json.loads gives every value)."""
    if isinstance(cell, str):
        return cell.encode().decode()
    if isinstance(cell, list):
        return [fresh(x) for x in cell]
    return cell


def us(t, n):
    return f"{t:.3f} s ({t / n * 1e6:5.2f} us each)"


def other_calls(k=2_000):
    """Per-call cost of the other entry points: one interview step (a
    half-answered interview), one routine, one progress report of a month's log."""
    answers = {"bladder_or_bowel_control": "no", "saddle_numbness": "no", "both_legs": "no", "pain_now": 5}
    log = [{"date": f"2026-03-{d:02d}", "pain": 3 + d % 4, "routine_done": d % 2 == 0} for d in range(1, 31)]
    calls = [
        ("next_step", lambda: pf.next_step(answers)),
        ("routine", lambda: pf.routine(side="right", phase="new_flare", minutes=15)),
        ("progress", lambda: pf.progress(log, "2026-03-30")),
    ]
    out = []
    for name, call in calls:
        t, _ = time_best(lambda: [call() for _ in range(k)])
        out.append((name, t / k))
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    # The baseline against every self-check vector (the clinician-referral
    # vectors, with a "policy" key, are for a policy the baseline leaves out).
    for c in CASES:
        validate(c["input"])
        got, want = py_triage(c["input"]), c["expect"]
        assert got["disposition"] == want["disposition"] and got["fired"] == want["fired"], c["name"]
        assert got["provisional"] == want["provisional"], c["name"]
        assert got["unanswered"] == want.get("unanswered", got["unanswered"]), c["name"]
        assert got["likely_source"] == want.get("likely_source", got["likely_source"]), c["name"]
    for c in SELF_CHECK:
        if "expect_error" in c:
            assert py_triage_row(c["input"])["error"], c["name"]

    # 1. A list of dicts: every self-check vector, valid and invalid, cycled to N rows.
    rows = [SELF_CHECK[i % len(SELF_CHECK)]["input"] for i in range(n)]
    jobs = {}
    jobs["py"] = lambda: [py_triage_row(a) for a in rows]
    jobs["many"] = lambda: pf.triage_many(rows)
    base, out = jobs["py"](), jobs["many"]()
    # The same rows, each parsed on its own (JSON lines, API records): every
    # key and value is its own object, nothing shared between rows.
    own = [json.loads(json.dumps(a)) for a in rows]
    jobs["py_own"] = lambda: [py_triage_row(a) for a in own]
    jobs["many_own"] = lambda: pf.triage_many(own)
    assert jobs["many_own"]() == out
    # Failed rows keep their red-flag floor; the baseline gives them none.
    assert [o["disposition"] if o["error"] is None else None for o in out] == [b["disposition"] for b in base]
    assert [o["error"] is None for o in out] == [b["error"] is None for b in base]
    same = ("provisional", "likely_source", "unanswered")
    assert [(",".join(sorted(o["fired"].split(","))), *(o[k] for k in same)) for o in out if o["error"] is None] == [
        (b["fired"], *(b[k] for k in same)) for b in base if b["error"] is None]

    # 2. A table: every self-check vector whose fields are all table columns
    # (the unknown-field vectors are schema errors for a table), cycled to N rows.
    table_cases = [c["input"] for c in SELF_CHECK if all(k in pf.TABLE_COLUMNS for k in flatten(c["input"]))]
    rows_t = [table_cases[i % len(table_cases)] for i in range(n)]
    names = sorted({k for a in table_cases for k in flatten(a)})
    flat = [flatten(a) for a in rows_t]
    shared = {k: [f.get(k) for f in flat] for k in names}
    distinct = {k: [fresh(f.get(k)) for f in flat] for k in names}

    jobs["py_dicts"] = lambda: [py_triage_row(a) for a in rows_t]
    jobs["py_cols"] = lambda: [py_triage_row(unflatten(dict(zip(names, cells)))) for cells in zip(*shared.values())]
    jobs["shared"] = lambda: pf.triage_table(shared)
    jobs["distinct"] = lambda: pf.triage_table(distinct)
    base_t, base_c = jobs["py_dicts"](), jobs["py_cols"]()
    out_t, out_d = jobs["shared"](), jobs["distinct"]()
    assert out_t == out_d
    assert [d if e is None else None for d, e in zip(out_t["disposition"], out_t["error"])] == [b["disposition"] for b in base_t] == [b["disposition"] for b in base_c]
    assert [e is None for e in out_t["error"]] == [b["error"] is None for b in base_t]
    assert [",".join(sorted(f.split(","))) for f, e in zip(out_t["fired"], out_t["error"]) if e is None] == [b["fired"] for b in base_t if b["error"] is None]
    try:
        import pandas as pd
    except ImportError:
        pd = None
    if pd is not None:
        frame = pd.DataFrame(shared)
        jobs["frame"] = lambda: pf.triage_table(frame)
        out_f = jobs["frame"]()
        assert [d if isinstance(d, str) else None for d in out_f["disposition"]] == out_t["disposition"]
        # The same table through a CSV file, as a survey export would arrive
        # (list cells written as comma-separated ids).
        import io

        csv_ready = {k: [",".join(x) if isinstance(x, list) else x for x in v] for k, v in shared.items()}
        from_csv = pd.read_csv(io.StringIO(pd.DataFrame(csv_ready).to_csv(index=False)))
        jobs["csv"] = lambda: pf.triage_table(from_csv)
        out_c = jobs["csv"]()
        assert [d if isinstance(d, str) else None for d in out_c["disposition"]] == out_t["disposition"]

    # 3. Per-call cost from Python.
    k = min(n, 20_000)
    valid = [c["input"] for c in CASES]

    def one_by_one():
        for i in range(k):
            pf.triage(valid[i % len(valid)])

    jobs["one"] = one_by_one
    jobs["py_one"] = lambda: [py_triage_row(valid[i % len(valid)]) for i in range(k)]
    best = race(jobs)
    t_py, t_many, t_py_dicts, t_py_cols = best["py"], best["many"], best["py_dicts"], best["py_cols"]
    t_shared, t_distinct, t_one, t_py_one = best["shared"], best["distinct"], best["one"], best["py_one"]
    t_frame, t_csv = best.get("frame"), best.get("csv")

    print(f"{n} assessments; best of 5 rounds, each round running every job once in turn")
    print(f"list of dicts (all {len(SELF_CHECK)} self-check vectors, valid and invalid):")
    print(f"  pure Python                 {us(t_py, n)}")
    print(f"  piriformis.triage_many      {us(t_many, n)}   {t_py / t_many:4.1f}x")
    t_py_own, t_many_own = best["py_own"], best["many_own"]
    print("the same rows, each parsed on its own (json.loads per row: no object shared between rows):")
    print(f"  pure Python                 {us(t_py_own, n)}")
    print(f"  piriformis.triage_many      {us(t_many_own, n)}   {t_py_own / t_many_own:4.1f}x")
    print(f"table, {len(names)} columns ({len(table_cases)} vectors); ratios against pure Python on dicts, its fastest input:")
    print(f"  pure Python on dicts        {us(t_py_dicts, n)}")
    print(f"  pure Python on the columns  {us(t_py_cols, n)}")
    print(f"  triage_table, shared cells  {us(t_shared, n)}   {t_py_dicts / t_shared:4.1f}x   (repeated values are one object: pandas read_csv, Arrow, categoricals)")
    print(f"  triage_table, each cell new {us(t_distinct, n)}   {t_py_dicts / t_distinct:4.1f}x   (every value its own object: the worst case)")
    if t_frame is not None:
        print(f"  triage_table on a DataFrame {us(t_frame, n)}   {t_py_dicts / t_frame:4.1f}x   (DataFrame in and out)")
    if t_csv is not None:
        print(f"  ... DataFrame from read_csv {us(t_csv, n)}   {t_py_dicts / t_csv:4.1f}x   (the same table read back from CSV text)")
    print("one call from Python, per call:")
    print(f"  pure Python triage          {t_py_one / k * 1e6:6.2f} us")
    print(f"  piriformis.triage           {t_one / k * 1e6:6.2f} us   {t_py_one / t_one:4.1f}x")
    for name, per_call in other_calls():
        print(f"  piriformis.{name:<17}{per_call * 1e6:6.2f} us")


if __name__ == "__main__":
    main()
