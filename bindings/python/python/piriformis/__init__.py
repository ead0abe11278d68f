"""piriformis: piriformis trigger-point self-care as typed knowledge and pure logic.

The logic lives in a Rust core; this package gives it a Python shape: real
enums with the same snake_case ids as the JSON, typed result classes
(`TriageResult`, `Routine`, `ProgressReport`, ...) whose attributes are enums,
``datetime.date``, lists and ints, dict/JSON conversion, pickling, and the
core's own reports in Jupyter.

Every vocabulary of the core is an enum (`VOCABULARIES` by name) whose class
and members carry the core's docs; `RANGES` are the numeric ranges the inputs
allow, with the `allowed` text errors give. `knowledge()` is the whole
knowledge base as typed records (`MuscleRecord`, `RedFlagRecord`,
`TriageRule`, `ExerciseRecord`, ...). Tagged unions are one class per
variant with a `kind`: `Source`, `Evidence`, `Finding` and `Frequency`.

>>> import piriformis as pf
>>> r = pf.triage({"red_flags": {"saddle_numbness": "present"}})
>>> r.disposition
<Disposition.EMERGENCY: 'emergency'>

This is general information, not medical advice.
"""

from __future__ import annotations

import importlib
from datetime import date
from types import MappingProxyType
from typing import Any, Iterable, Literal, Mapping, Optional, Sequence, Union

from . import _enums
from . import _piriformis as _native
from ._enums import *  # noqa: F403 (every vocabulary enum; the list is _enums.__all__)
from ._piriformis import *  # noqa: F403 (every class, function and constant; the list is _piriformis.__all__)
from ._piriformis import (  # the names this module uses itself
    Ask, AsNeeded, CareFirstPlan, Cited, Daily, DaysPerWeek, Done, Guide, InvalidInputError,
    KeepsComingBack, NoImprovement, ProjectDefault, Range, SelfCarePlan, Sign, Tender, Throughout,
    WorseWith, knowledge,
)

# Type checkers read `__all__` as written, so the names of the native module
# and of the enums are written out here by the generators.
__all__ = [
    "Step", "Source", "Evidence", "Finding", "Frequency", "Plan", "AnswerValue", "Laterality", "ReferenceKind",
    "RANGES", "RESULT_COLUMNS", "TABLE_COLUMNS", "triage_many", "triage_table", "Svg", "body_map", "progress_chart",
    # BEGIN native (written by scripts/gen_py_stubs.py)
    "AggravatorRecord",
    "AsNeeded",
    "Ask",
    "Assessment",
    "CATALOGUE_VERSION",
    "Candidate",
    "CareFirstPlan",
    "CareNeededFirstError",
    "CauseRecord",
    "CautionNote",
    "CautionRule",
    "CautionWhen",
    "Choice",
    "Cited",
    "ClinicalTestRecord",
    "Code",
    "ComparisonRow",
    "Condition",
    "ContradictionError",
    "Daily",
    "DaysPerWeek",
    "Done",
    "Dosage",
    "DroppedAnswer",
    "EquipmentRecord",
    "ExamStepRecord",
    "ExerciseRecord",
    "FiredRule",
    "Flare",
    "GateNote",
    "Guide",
    "HabitRecord",
    "InvalidInputError",
    "KeepsComingBack",
    "KnowledgeBase",
    "LandmarkRecord",
    "LibraryInfo",
    "Lookup",
    "MimicRecord",
    "MisconceptionRecord",
    "MuscleAction",
    "MuscleRecord",
    "NOTICE",
    "NerveAdvice",
    "NerveSymptoms",
    "NerveVariantRecord",
    "NoImprovement",
    "PiriformisError",
    "PlanReason",
    "Prevalence",
    "Progress",
    "ProgressConfig",
    "ProgressReport",
    "Progression",
    "ProjectDefault",
    "ProviderRecord",
    "Question",
    "RULES_VERSION",
    "Range",
    "RedFlagRecord",
    "Reference",
    "Referral",
    "ResourceRecord",
    "RestoredAnswers",
    "Routine",
    "RoutineRequest",
    "RoutineStep",
    "Says",
    "SciaticNerveFacts",
    "SelfCarePlan",
    "Sign",
    "Skipped",
    "SourceAssessment",
    "Span",
    "SymptomRecord",
    "Tender",
    "TestAccuracy",
    "Throughout",
    "TodaysPlan",
    "TreatmentRecord",
    "TriageResult",
    "TriageRule",
    "TriggerPointFacts",
    "TriggerPointKindRecord",
    "TriggerPointRecord",
    "Unexplained",
    "ValueInfo",
    "VocabularyInfo",
    "WeeklyPlan",
    "WorseWith",
    "answers_from_json",
    "answers_from_json_lenient",
    "answers_to_json",
    "body_map_svg",
    "catalogue",
    "fhir_answers",
    "fhir_assessment_bundle",
    "fhir_care_plan",
    "fhir_code_systems",
    "fhir_concept_map",
    "fhir_guidance",
    "fhir_next_question",
    "fhir_pain_bundle",
    "fhir_questionnaire",
    "fhir_response",
    "knowledge",
    "knowledge_json",
    "library_info",
    "lookup",
    "next_step",
    "progress",
    "progress_chart_svg",
    "ranges",
    "red_flag_floor",
    "routine",
    "table_columns",
    "todays_plan",
    "triage",
    "triage_columns",
    "triage_columns_compact",
    "triage_rows",
    "vocabularies",
    "vocabulary_docs",
    # END native
    # BEGIN vocabularies (written by scripts/gen_py_enums.py)
    "VOCABULARIES",
    "Vocabulary",
    "Aggravator",
    "Answer",
    "AnswerKind",
    "Audience",
    "BodyRegion",
    "Cause",
    "CauseCategory",
    "Caution",
    "Citation",
    "ClinicalTest",
    "ComparisonFeature",
    "Disposition",
    "Equipment",
    "ExamStep",
    "Exercise",
    "GateId",
    "GuideSection",
    "Habit",
    "Held",
    "HipPosition",
    "Landmark",
    "Lean",
    "Legs",
    "Level",
    "LikelySource",
    "Mimic",
    "Misconception",
    "Muscle",
    "NerveCourse",
    "NerveSign",
    "NerveStatus",
    "NerveVariant",
    "PainQuality",
    "Pathway",
    "Phase",
    "PlanChoice",
    "PlanRuleId",
    "Position",
    "Provider",
    "QuestionId",
    "RedFlag",
    "ReferralKind",
    "ReplyKind",
    "Resource",
    "RuleId",
    "Side",
    "SkipReason",
    "Stage",
    "StopCue",
    "Symptom",
    "TenderArea",
    "Treatment",
    "Trend",
    "TriagePolicy",
    "TriggerPoint",
    "TriggerPointKind",
    "YesNo",
    # END vocabularies
]

Step = Union[Ask, Done]
"""One interview step: `Ask` (put this question) or `Done` (the triage)."""


# Tagged unions: one class per variant, each with `kind` (its JSON tag).
Source = Union[Guide, Cited, ProjectDefault]
"""Where a fact comes from: `Guide` (a guide section), `Cited` (a reference) or `ProjectDefault`."""

Evidence = Union[WorseWith, Tender, Sign]
"""A feature behind the likely source: `WorseWith`, `Tender` or `Sign`."""

Finding = Union[NoImprovement, KeepsComingBack]
"""A finding of the pain log that feeds triage: `NoImprovement` or `KeepsComingBack`."""

Frequency = Union[Daily, DaysPerWeek, AsNeeded, Throughout]
"""How often a dose is done: `Daily`, `DaysPerWeek`, `AsNeeded` or `Throughout`."""

Plan = Union[SelfCarePlan, CareFirstPlan]
"""Today's plan (`TodaysPlan.plan`): `SelfCarePlan` (a routine request with its reasons) or `CareFirstPlan`."""

AnswerValue = Union[float, str, list[str]]
"""One interview answer: a number (scale or weeks), one id, or several ids."""

# Plain ids that are not vocabularies of the core: str values, typed for
# mypy. Spelt as a Union of one-value Literals, which is what type checkers
# (and stubtest) take `Literal["a", "b"]` to mean.
Laterality = Union[Literal["per_side"], Literal["per_side_each_direction"], Literal["whole"], Literal["sore_side"]]
"""Which side(s) a dose applies to (`Dosage.laterality`)."""

ReferenceKind = Union[Literal["journal_article"], Literal["book"], Literal["guideline"], Literal["web_page"], Literal["standard"]]
"""What kind of work a reference is (`Reference.kind`)."""

RANGES: Mapping[str, Range] = MappingProxyType({r.name: r for r in knowledge().ranges})
"""Every numeric range the inputs allow, by name (``pain``, ``self_care_weeks``,
``minutes``), read from the core."""

def _policy(policy: Union[str, TriagePolicy]) -> str:
    return policy.value if isinstance(policy, TriagePolicy) else str(policy)


RESULT_COLUMNS = ("disposition", "provisional", "likely_source", "fired", "unanswered", "error")
"""The columns of a batch result, in order."""


def _is_frame(obj: Any) -> bool:
    return hasattr(obj, "columns") and hasattr(obj, "index") and hasattr(obj, "to_dict")


def _not_a_column(name: Any, column: Any) -> InvalidInputError:
    err = InvalidInputError(
        f"{name}: expected a column (a sequence of cells, one per row), got {type(column).__name__}; "
        f"for one row, wrap its value in a list"
    )
    err.field, err.allowed = str(name), "a list, tuple, array or Series of cells"
    return err


def _cells(name: Any, column: Any) -> list[Any]:
    """A column as a plain list. Missing values (None, NaN, pandas' NA and
    NaT) pass through: the core reads them as "not answered". A string,
    bytes, a mapping or a scalar where a column belongs raises
    `InvalidInputError` naming the column (a string would otherwise be read
    as one row per character)."""
    if isinstance(column, list):
        return column
    if isinstance(column, (str, bytes, bytearray, Mapping)) or not hasattr(column, "__iter__"):
        raise _not_a_column(name, column)
    cells: list[Any] = column.to_numpy().tolist() if hasattr(column, "to_numpy") else list(column)
    return cells


def _optional(name: str) -> Any:
    """numpy or pandas, imported only when a DataFrame is made. Typed as Any:
    the pandas stubs differ between versions, and pytest checks this code."""
    return importlib.import_module(name)


def _errors(out: dict[str, Any], n: int) -> Any:
    """The error column: None, or the message on rows that failed."""
    np = _optional("numpy")
    errors = np.full(n, None, dtype=object)
    rows = np.frombuffer(out["error_rows"], dtype=np.uint32)
    if len(rows):
        errors[rows] = out["error_messages"]
    return errors


def _result_frame(out: dict[str, Any], index: Any) -> Any:
    """Typed result columns: disposition an ordered categorical (self_care <
    ... < emergency), likely_source and fired categoricals, provisional a
    nullable boolean, unanswered a nullable Int8; error rows are NA."""
    np, pd = _optional("numpy"), _optional("pandas")
    disposition = np.frombuffer(out["disposition"], dtype=np.int8)
    n = len(disposition)
    # Failed rows: every result is NA, except the disposition their present
    # red flags give at least (then provisional is True).
    bad = np.zeros(n, dtype=np.bool_)
    bad[np.frombuffer(out["error_rows"], dtype=np.uint32)] = True
    no_disposition = disposition < 0
    return pd.DataFrame(
        {
            "disposition": pd.Categorical.from_codes(disposition, categories=[d.value for d in Disposition], ordered=True),
            "provisional": pd.arrays.BooleanArray(np.frombuffer(out["provisional"], dtype=np.bool_).copy(), no_disposition.copy()),
            "likely_source": pd.Categorical.from_codes(np.frombuffer(out["likely_source"], dtype=np.int8), categories=[s.value for s in LikelySource]),
            "fired": pd.Categorical.from_codes(np.frombuffer(out["fired"], dtype=np.int32), categories=out["fired_categories"]),
            "unanswered": pd.arrays.IntegerArray(np.frombuffer(out["unanswered"], dtype=np.uint8).astype(np.int8), bad.copy()),
            # object, not inferred as text: a scan of every cell saved.
            "error": pd.Series(_errors(out, len(disposition)), index=index, dtype=object),
        },
        index=index,
    )


TABLE_COLUMNS: tuple[str, ...] = tuple(_native.table_columns())
"""Every column `triage_table` reads."""


def triage_table(table: Any, *, extra: str = "error", policy: Union[str, TriagePolicy] = TriagePolicy.SELF_CHECK) -> Any:
    """Triage a whole table of assessments, one row each: the fast batch path.

    `table` is a pandas DataFrame or a mapping of column name -> sequence of
    cells. Column names follow ``pandas.json_normalize`` of an assessment
    (``side``, ``pain_now``, ``pain_regions``, ``nerve.legs``,
    ``red_flags.fever``, ...); ``nerve`` and ``red_flags`` columns of dicts work
    too. A missing column, None, NaN or pandas' NA/NaT means "not
    answered", which triage never takes as "no". List columns take lists of ids or one
    comma-separated string ("calf,back_of_thigh"); number columns take ints,
    whole floats or digit text, as CSV files give them.

    Other columns (a participant id, say) raise `InvalidInputError`, which
    catches misspelt question columns; pass ``extra="ignore"`` to skip them.

    Returns the result columns of `RESULT_COLUMNS`. For a DataFrame, a
    DataFrame with the same index and typed columns: ``disposition`` is an
    ordered categorical (self_care < ... < emergency, so ``max()`` and sorting
    work), ``likely_source`` and ``fired`` are categoricals, ``provisional``
    is a nullable boolean and ``unanswered`` a nullable Int8. Otherwise a dict
    of lists. A bad cell gives its row an ``error`` message and missing values
    elsewhere; an unknown column or columns of different lengths raise
    `InvalidInputError`.

    Cells are read once under the GIL; the triage itself runs without it, on
    several threads for large tables.
    """
    if extra not in ("error", "ignore"):
        err = InvalidInputError(f"extra: unknown value '{extra}'; allowed: error, ignore")
        err.field, err.allowed = "extra", "error, ignore"
        raise err
    def keep(name: Any) -> bool:
        return extra != "ignore" or name in TABLE_COLUMNS

    if _is_frame(table):
        columns = {name: _cells(name, table[name]) for name in table.columns if keep(name)}
        return _result_frame(_native.triage_columns_compact(columns, len(table.index), _policy(policy)), table.index)
    if not isinstance(table, Mapping):
        raise TypeError("triage_table takes a DataFrame or a mapping of column name -> cells; "
                        "for a list of assessments use triage_many")
    return _native.triage_columns({name: _cells(name, cells) for name, cells in table.items() if keep(name)}, None, _policy(policy))


def triage_many(assessments: Any, policy: Union[str, TriagePolicy] = TriagePolicy.SELF_CHECK) -> Any:
    """Triage many assessments at once, without holding the GIL.

    Takes a list (or other iterable) of dicts, or of anything `triage` takes
    (an `Assessment`, another mapping, JSON text), or a pandas DataFrame whose
    columns are assessment fields. Returns one flat row per input, ready for a
    DataFrame: disposition, provisional, likely_source, fired rule ids,
    unanswered count and error (None when the input was valid; a failed row
    keeps the disposition its red flags answered "present" give at least). A
    DataFrame in gives a DataFrame out (through `triage_table`, the faster
    path for tables).
    """
    if _is_frame(assessments):
        return triage_table(assessments, policy=policy)
    items = assessments if isinstance(assessments, list) else list(assessments)
    return _native.triage_rows(items, _policy(policy))


class Svg:
    """An SVG picture that shows itself in Jupyter (`_repr_svg_`)."""

    __slots__ = ("svg",)

    def __init__(self, svg: str) -> None:
        self.svg = svg

    def _repr_svg_(self) -> str:
        return self.svg

    def save(self, path: str) -> None:
        """Writes the SVG text to `path`."""
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.svg)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Svg) and other.svg == self.svg

    def __hash__(self) -> int:
        return hash(self.svg)

    def __getstate__(self) -> str:
        return self.svg

    def __setstate__(self, state: str) -> None:
        self.svg = state

    def __repr__(self) -> str:
        start = self.svg.find("<title")
        title = self.svg[self.svg.find(">", start) + 1 : self.svg.find("</title>")] if start >= 0 else ""
        return f"Svg({title!r}, {len(self.svg)} bytes)"


def body_map(side: Optional[Union[Side, str]] = None, highlight: Optional[Union[TriggerPoint, str]] = None, pain_regions: Iterable[Union[BodyRegion, str]] = ()) -> Svg:
    """The body map (back view) of trigger points and referred pain, as SVG."""
    return Svg(_native.body_map_svg({"side": side, "highlight": highlight, "pain_regions": list(pain_regions)}))


def progress_chart(log: Union[str, Sequence[Mapping[str, Any]]], today: Union[str, date]) -> Svg:
    """The chart of a pain log: pain over time, routine days, flares shaded."""
    return Svg(_native.progress_chart_svg(log, today))
