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
out which unanswered red flags could still raise the result (the open
questions), and weighs the likely source. It is first checked against the Rust
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
SELF_CARE, SEE_CLINICIAN, SOON, URGENT, EMERGENCY = range(len(ORDER))
# Every red flag, in the core's order (the order of `unanswered`).
FLAGS = ["bladder_or_bowel_control", "saddle_numbness", "both_legs", "sexual_dysfunction", "foot_drop",
         "unsteady_walking", "fever", "unexplained_weight_loss", "night_sweats", "pain_not_eased_by_rest",
         "history_of_cancer", "immunosuppression", "osteoporosis_or_steroids", "new_pain_under20_or_over50",
         "severe_or_constant_pain", "serious_accident", "pain_getting_worse", "cauda_equina_signs_recent",
         "injecting_drug_use", "recent_infection"]
PIRI = {"hard_surface", "pressure_on_buttock", "crossing_legs", "hip_internal_rotation"}
SPINE = {"coughing", "sneezing", "spine_bending_or_twisting"}
# Red flags that, when present, point to the spine in the likely-source comparison.
SPINAL_FLAGS = {"bladder_or_bowel_control", "saddle_numbness", "both_legs", "sexual_dysfunction"}
LEG_REGIONS = {"back_of_thigh", "calf", "foot"}
BOTH_FROM_LEGS = {"both": "present", "one": "absent", "neither": "absent"}
CES_SIGNS = {"bladder_or_bowel_control", "saddle_numbness", "sexual_dysfunction"}

# The finding rules with their self-check tiers, highest first. A condition is
# a list of groups and holds when every group has an item among the facts: the
# red flags present, "?flag" for a flag that is present or unknown (not ruled
# out), and the facts named in `py_triage`.
RULES = [
    ("bladder_or_bowel", EMERGENCY, [{"bladder_or_bowel_control"}]),
    ("saddle_numbness", EMERGENCY, [{"saddle_numbness"}]),
    ("both_legs", EMERGENCY, [{"both_legs"}]),
    ("sexual_dysfunction", EMERGENCY, [{"sexual_dysfunction"}]),
    ("cauda_equina_recent", EMERGENCY, [CES_SIGNS, {"?cauda_equina_signs_recent"}]),
    ("serious_accident", EMERGENCY, [{"serious_accident"}]),
    ("cancer_with_nerve_signs", EMERGENCY, [{"history_of_cancer"}, {"leg_symptoms", "unsteady_walking", "foot_drop",
                                                                     "bladder_or_bowel_control", "saddle_numbness"}]),
    ("foot_drop", URGENT, [{"foot_drop"}]),
    ("unsteady_walking", URGENT, [{"unsteady_walking"}]),
    ("worsening_weakness", URGENT, [{"weakness_worsening"}]),
    ("fever_with_infection_risk", URGENT, [{"fever"}, {"immunosuppression", "injecting_drug_use", "recent_infection"}]),
    ("fever_with_weight_loss_or_sweats", URGENT, [{"fever"}, {"unexplained_weight_loss", "night_sweats"}]),
    ("cancer_with_spinal_pain", URGENT, [{"history_of_cancer"}, {"pain_not_eased_by_rest", "pain_getting_worse",
                                                                 "unexplained_weight_loss", "severe_or_constant_pain",
                                                                 "worse_with_coughing", "worse_with_sneezing", "tender_spine"}]),
    ("fall_with_fragile_bones", URGENT, [{"after_fall", "serious_accident"},
                                         {"osteoporosis_or_steroids", "new_pain_under20_or_over50"}]),
    ("fever", URGENT, [{"fever"}]),
    ("weight_loss", URGENT, [{"unexplained_weight_loss"}]),
    ("pain_not_eased_by_rest", URGENT, [{"pain_not_eased_by_rest"}]),
    ("night_sweats", SOON, [{"night_sweats"}]),
    ("history_of_cancer", SOON, [{"history_of_cancer"}]),
    ("immunosuppression", SOON, [{"immunosuppression"}]),
    ("osteoporosis_or_steroids", SOON, [{"osteoporosis_or_steroids"}]),
    ("new_pain_age", SOON, [{"new_pain_under20_or_over50"}]),
    ("worsening_numbness_or_tingling", SOON, [{"numbness_worsening", "tingling_worsening"}]),
    ("after_fall_or_accident", SOON, [{"after_fall"}]),
    ("stable_weakness", SOON, [{"weakness_present"}]),
    ("severe_or_constant_pain", SEE_CLINICIAN, [{"severe_or_constant_pain"}]),
    ("severe_pain_score", SEE_CLINICIAN, [{"pain_7_plus"}]),
    ("pain_getting_worse", SEE_CLINICIAN, [{"pain_getting_worse"}]),
    ("no_improvement", SEE_CLINICIAN, [{"no_improvement"}]),
    ("keeps_coming_back", SEE_CLINICIAN, [{"recurring"}]),
]
# The unanswered-question rules: their tier, and the tiers an open red flag
# would raise the result to that make them fire.
UNANSWERED_RULES = [
    ("emergency_signs_unanswered", URGENT, {EMERGENCY}),
    ("urgent_signs_unanswered", SOON, {URGENT}),
    ("red_flags_unanswered", SEE_CLINICIAN, {SOON, SEE_CLINICIAN}),
]
# For each red flag, the finding rules that read it (present or not ruled
# out), highest tier first: the rules its "yes" could make fire.
READERS = {f: sorted(((tier, cond) for _, tier, cond in RULES if any(f in g or "?" + f in g for g in cond)),
                     key=lambda r: -r[0]) for f in FLAGS}
NOT_ABSENT = sorted({x[1:] for _, _, cond in RULES for g in cond for x in g if x.startswith("?")})


VOCAB = {name: set(ids) for name, ids in pf._piriformis.vocabularies().items()}
assert FLAGS == pf._piriformis.vocabularies()["RedFlag"], "red flags changed in the core"
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
    if w is not None and (not isinstance(w, int) or isinstance(w, bool) or not 0 <= w <= 520):
        raise ValueError("self_care_weeks: out of range")
    nerve = a.get("nerve") or {}
    for k, v in nerve.items():
        if k not in NERVE or v not in NERVE[k]:
            raise ValueError(f"nerve.{k}: unknown value")
    flags = a.get("red_flags") or {}
    for k, v in flags.items():
        if k not in VOCAB["RedFlag"] or v not in ANSWERS:
            raise ValueError("red_flags: unknown value")
    if w == 0 and (a.get("self_care_helped") or "unknown") != "unknown":
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
    return {"disposition": r["disposition"], "provisional": bool(r["unanswered"]), "likely_source": r["likely_source"],
            "fired": ",".join(r["fired"]), "unanswered": len(r["unanswered"]), "error": None}


def holds(cond, facts):
    """Whether every group of the condition has an item among the facts."""
    for group in cond:
        if facts.isdisjoint(group):
            return False
    return True


def py_triage(a):
    """Idiomatic pure-Python version of the core's self-check rules (after `validate`)."""
    flags = a.get("red_flags") or {}
    nerve = a.get("nerve") or {}
    legs = nerve.get("legs", "unknown")
    answers = {f: flags.get(f, "unknown") for f in FLAGS}
    if answers["both_legs"] == "unknown":
        answers["both_legs"] = BOTH_FROM_LEGS.get(legs, "unknown")
    yes = {f for f, v in answers.items() if v == "present"}
    unknown = [f for f in FLAGS if answers[f] == "unknown"]

    # What the rules read: the red flags present, the ones not ruled out, and the other facts.
    facts = set(yes)
    facts.update("?" + f for f in NOT_ABSENT if answers[f] != "absent")
    signs = (nerve.get("numbness"), nerve.get("tingling"), nerve.get("weakness"))
    regions = a.get("pain_regions") or ()
    worse = set(a.get("worse_with") or ())
    tender = set(a.get("tender_areas") or ())
    if (legs in ("one", "both") or "stable" in signs or "worsening" in signs
            or not LEG_REGIONS.isdisjoint(regions)):
        facts.add("leg_symptoms")
    if signs[0] == "worsening":
        facts.add("numbness_worsening")
    if signs[1] == "worsening":
        facts.add("tingling_worsening")
    if signs[2] == "worsening":
        facts.add("weakness_worsening")
    if signs[2] in ("stable", "worsening"):
        facts.add("weakness_present")
    if "coughing" in worse:
        facts.add("worse_with_coughing")
    if "sneezing" in worse:
        facts.add("worse_with_sneezing")
    if "spine" in tender:
        facts.add("tender_spine")
    if a.get("after_fall_or_accident") == "present":
        facts.add("after_fall")
    pain = a.get("pain_now")
    if pain is not None and pain >= 7:
        facts.add("pain_7_plus")
    weeks = a.get("self_care_weeks")
    if weeks is not None and weeks >= 3 and a.get("self_care_helped") != "present":
        facts.add("no_improvement")
    if a.get("keeps_coming_back") == "present":
        facts.add("recurring")

    # The finding rules, and the highest tier among them.
    fired = [(rule, tier) for rule, tier, cond in RULES if holds(cond, facts)]
    top = max((tier for _, tier in fired), default=SELF_CARE)

    # The open questions: unknown red flags whose "yes" would make a rule
    # with a higher tier fire, and the tiers they would raise the result to.
    open_flags, raised = [], set()
    for f in unknown:
        facts.add(f)
        for tier, cond in READERS[f]:
            if tier <= top:
                break
            if holds(cond, facts):
                open_flags.append(f)
                raised.add(tier)
                break
        facts.discard(f)
    fired += [(rule, tier) for rule, tier, on in UNANSWERED_RULES if not raised.isdisjoint(on)]
    if not fired:
        fired = [("no_warning_signs", SELF_CARE)]
    disposition = ORDER[max(tier for _, tier in fired)]

    p = len(worse & PIRI) + ("deep_buttock" in tender)
    s = len(worse & SPINE) + ("spine" in tender) + len(yes & SPINAL_FLAGS)
    source = "unclear" if not (p or s) else "mixed" if p and s else "piriformis" if p else "spinal"
    return {"disposition": disposition, "fired": sorted(rule for rule, _ in fired), "likely_source": source,
            "unanswered": open_flags}


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
        assert bool(got["unanswered"]) == want["provisional"], c["name"]
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
