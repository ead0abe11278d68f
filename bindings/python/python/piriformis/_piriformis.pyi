"""Native part of piriformis: typed result classes over the Rust core's
values, and the functions that make them. Use the `piriformis` package."""

from datetime import date
from typing import Any, Literal, Mapping, Optional, Sequence, TypedDict, Union, final

from ._enums import (
    AnswerKind, BodyRegion, Caution, Disposition, Exercise, GateId, Habit, Level, LikelySource, Mimic, Muscle,
    Pathway, QuestionId, RedFlag, RuleId, Side, SkipReason, Stage, StopCue, Trend, TriagePolicy, TriggerPoint,
)

__all__ = [
    "PiriformisError",
    "InvalidInputError",
    "ContradictionError",
    "CareNeededFirstError",
    "NOTICE",
    "knowledge_json",
    "triage",
    "red_flag_floor",
    "triage_many_json",
    "triage_rows",
    "triage_columns",
    "triage_columns_compact",
    "table_columns",
    "next_step",
    "catalogue",
    "routine",
    "todays_plan",
    "progress",
    "vocabularies",
    "vocabulary_docs",
    "ranges",
    "body_map_svg",
    "progress_chart_svg",
    "lookup",
    "library_info",
    "answers_to_json",
    "answers_from_json",
    "answers_from_json_lenient",
    "RULES_VERSION",
    "CATALOGUE_VERSION",
    "TriageResult",
    "FiredRule",
    "CautionNote",
    "SourceAssessment",
    "Ask",
    "Done",
    "Question",
    "Choice",
    "Progress",
    "Routine",
    "RoutineStep",
    "Dosage",
    "Skipped",
    "GateNote",
    "WeeklyPlan",
    "Progression",
    "ProgressReport",
    "Flare",
    "Lookup",
    "Candidate",
    "Unexplained",
    "TodaysPlan",
    "LibraryInfo",
    "RestoredAnswers",
    "fhir_questionnaire",
    "fhir_response",
    "fhir_answers",
    "fhir_next_question",
    "fhir_guidance",
    "fhir_assessment_bundle",
    "fhir_pain_bundle",
    "fhir_care_plan",
    "fhir_code_systems",
    "fhir_concept_map",
]

NOTICE: str

class PiriformisError(ValueError):
    """Base class of every piriformis error."""
    field: Optional[str]
    allowed: Optional[str]
    at_least: Optional[str]
    detail: str
class InvalidInputError(PiriformisError):
    """A value is out of range, not in its vocabulary, or malformed."""
class ContradictionError(PiriformisError):
    """Two answers contradict each other."""
class CareNeededFirstError(PiriformisError):
    """Triage says urgent or emergency care comes before self-care."""

@final
class TriageResult:
    """The result of `triage`: how soon to get care, why, the likely source and the cautions."""
    @property
    def policy(self) -> TriagePolicy: ...
    @property
    def disposition(self) -> Disposition: ...
    @property
    def action(self) -> str: ...
    @property
    def provisional(self) -> bool: ...
    @property
    def fired(self) -> list[FiredRule]: ...
    @property
    def likely_source(self) -> SourceAssessment: ...
    @property
    def cautions(self) -> list[CautionNote]: ...
    @property
    def unanswered(self) -> list[RedFlag]: ...
    @property
    def notice(self) -> str: ...
    @property
    def rules_version(self) -> int: ...
    @property
    def rule_ids(self) -> list[RuleId]: ...
    @property
    def pathways(self) -> list[Pathway]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> TriageResult:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> TriageResult:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def _repr_html_(self) -> str:
        """The core's report, for Jupyter."""

@final
class FiredRule:
    """A rule that fired, with its reason and sources."""
    @property
    def id(self) -> RuleId: ...
    @property
    def pathway(self) -> Pathway: ...
    @property
    def disposition(self) -> Disposition: ...
    @property
    def text(self) -> str: ...
    @property
    def sources(self) -> list[Union[str, dict[str, str]]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> FiredRule:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> FiredRule:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class CautionNote:
    """A caution to show, with its text."""
    @property
    def id(self) -> Caution: ...
    @property
    def text(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> CautionNote:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> CautionNote:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class SourceAssessment:
    """The likely source of the pain, with the features for each side."""
    @property
    def verdict(self) -> LikelySource: ...
    @property
    def piriformis(self) -> list[dict[str, str]]: ...
    @property
    def spinal(self) -> list[dict[str, str]]: ...
    @property
    def explanation(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> SourceAssessment:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> SourceAssessment:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Ask:
    """The next interview step: ask this question."""
    @property
    def question(self) -> Question: ...
    @property
    def progress(self) -> Progress: ...
    @property
    def done(self) -> Literal[False]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Ask:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Ask:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Done:
    """The interview is over: the assessment built from the answers and its triage."""
    @property
    def assessment(self) -> dict[str, Any]: ...
    @property
    def triage(self) -> TriageResult: ...
    @property
    def stopped_early(self) -> bool: ...
    @property
    def progress(self) -> Progress: ...
    @property
    def done(self) -> Literal[True]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Done:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Done:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Question:
    """A question ready to show: its prompt, help, kind and choices."""
    @property
    def id(self) -> QuestionId: ...
    @property
    def prompt(self) -> str: ...
    @property
    def help(self) -> str: ...
    @property
    def kind(self) -> AnswerKind: ...
    @property
    def choices(self) -> list[Choice]: ...
    @property
    def tier(self) -> Disposition: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Question:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Question:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Choice:
    """One choice of a one-of or several-of question."""
    @property
    def id(self) -> str: ...
    @property
    def label(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Choice:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Choice:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Progress:
    """How far the interview is."""
    @property
    def asked(self) -> int: ...
    @property
    def remaining_at_most(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Progress:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Progress:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Routine:
    """Today's routine: ordered steps with dosage, time and stop-if cues."""
    @property
    def level(self) -> Level: ...
    @property
    def level_reason(self) -> str: ...
    @property
    def steps(self) -> list[RoutineStep]: ...
    @property
    def total_seconds(self) -> int: ...
    @property
    def budget_seconds(self) -> int: ...
    @property
    def skipped(self) -> list[Skipped]: ...
    @property
    def gates(self) -> list[GateNote]: ...
    @property
    def habits(self) -> list[Habit]: ...
    @property
    def weekly_plan(self) -> WeeklyPlan: ...
    @property
    def cautions(self) -> list[str]: ...
    @property
    def notice(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Routine:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Routine:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def _repr_html_(self) -> str:
        """The core's report, for Jupyter."""

@final
class RoutineStep:
    """One exercise of a routine."""
    @property
    def order(self) -> int: ...
    @property
    def exercise(self) -> Exercise: ...
    @property
    def name(self) -> str: ...
    @property
    def stage(self) -> Stage: ...
    @property
    def dosage(self) -> Dosage: ...
    @property
    def sides(self) -> list[Side]: ...
    @property
    def seconds(self) -> int: ...
    @property
    def how_to(self) -> list[str]: ...
    @property
    def stop_if(self) -> list[StopCue]: ...
    @property
    def feel(self) -> str: ...
    @property
    def nerve_note(self) -> Optional[str]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> RoutineStep:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> RoutineStep:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Dosage:
    """A dose: hold, duration, repetitions and sets, laterality and frequency."""
    @property
    def hold(self) -> Optional[dict[str, int]]: ...
    @property
    def duration(self) -> Optional[dict[str, int]]: ...
    @property
    def reps(self) -> Optional[dict[str, int]]: ...
    @property
    def sets(self) -> Optional[dict[str, int]]: ...
    @property
    def laterality(self) -> str: ...
    @property
    def frequency(self) -> dict[str, Any]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Dosage:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Dosage:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def _repr_html_(self) -> str:
        """The core's report, for Jupyter."""

@final
class Skipped:
    """An exercise left out of the routine, and why."""
    @property
    def exercise(self) -> Exercise: ...
    @property
    def reason(self) -> SkipReason: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Skipped:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Skipped:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class GateNote:
    """A safety gate that held something back."""
    @property
    def id(self) -> GateId: ...
    @property
    def text(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> GateNote:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> GateNote:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class WeeklyPlan:
    """The week around today's routine."""
    @property
    def daily(self) -> list[Exercise]: ...
    @property
    def three_days_a_week(self) -> list[Exercise]: ...
    @property
    def as_needed(self) -> list[Exercise]: ...
    @property
    def progression(self) -> list[Progression]: ...
    @property
    def in_a_flare(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> WeeklyPlan:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> WeeklyPlan:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Progression:
    """How to progress one exercise."""
    @property
    def exercise(self) -> Exercise: ...
    @property
    def now(self) -> Dosage: ...
    @property
    def next(self) -> Dosage: ...
    @property
    def how(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Progression:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Progression:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class ProgressReport:
    """The analysis of a pain log: trend with its numbers, flares, findings."""
    @property
    def entries(self) -> int: ...
    @property
    def first_date(self) -> Optional[date]: ...
    @property
    def last_date(self) -> Optional[date]: ...
    @property
    def trend(self) -> Trend: ...
    @property
    def recent_mean(self) -> Optional[float]: ...
    @property
    def earlier_mean(self) -> Optional[float]: ...
    @property
    def change(self) -> Optional[float]: ...
    @property
    def flares(self) -> list[Flare]: ...
    @property
    def in_flare_now(self) -> bool: ...
    @property
    def self_care_weeks(self) -> int: ...
    @property
    def routine_days_percent(self) -> int: ...
    @property
    def findings(self) -> list[dict[str, Any]]: ...
    @property
    def summary(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> ProgressReport:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> ProgressReport:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def _repr_html_(self) -> str:
        """The core's report, for Jupyter."""

@final
class Flare:
    """A flare: a run of days with pain well above the baseline."""
    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...
    @property
    def peak(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Flare:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Flare:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Lookup:
    """Which trigger points could explain pain in some regions, best first."""
    @property
    def candidates(self) -> list[Candidate]: ...
    @property
    def unexplained(self) -> list[Unexplained]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Lookup:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Lookup:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Candidate:
    """A trigger point that could explain the pain."""
    @property
    def trigger_point(self) -> TriggerPoint: ...
    @property
    def muscle(self) -> Muscle: ...
    @property
    def sides(self) -> list[Side]: ...
    @property
    def essential(self) -> list[BodyRegion]: ...
    @property
    def spillover(self) -> list[BodyRegion]: ...
    @property
    def explanation(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Candidate:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Candidate:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Unexplained:
    """A region no trigger point explains, with what to consider."""
    @property
    def region(self) -> BodyRegion: ...
    @property
    def consider(self) -> list[Mimic]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Unexplained:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Unexplained:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class TodaysPlan:
    """The self-check's plan for today: its triage, the plan and the routine when self-care fits."""
    @property
    def triage(self) -> TriageResult: ...
    @property
    def plan(self) -> dict[str, Any]: ...
    @property
    def routine(self) -> Optional[Routine]: ...
    @property
    def allows_self_care(self) -> bool: ...
    @property
    def reasons(self) -> list[dict[str, Any]]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> TodaysPlan:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> TodaysPlan:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def _repr_html_(self) -> str:
        """The core's report, for Jupyter."""

@final
class LibraryInfo:
    """The versions to store next to saved results or answers."""
    @property
    def library(self) -> str: ...
    @property
    def rules(self) -> int: ...
    @property
    def catalogue(self) -> int: ...
    @property
    def knowledge_schema(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> LibraryInfo:
        """Not available: raises TypeError (the library makes these records)."""
    @staticmethod
    def from_json(text: str) -> LibraryInfo:
        """Not available: raises TypeError (the library makes these records)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class RestoredAnswers:
    """Saved answers read back leniently: what still fits, and what was dropped and why."""
    @property
    def answers(self) -> dict[str, Any]: ...
    @property
    def dropped(self) -> list[dict[str, Any]]: ...
    @property
    def saved_version(self) -> Optional[int]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> RestoredAnswers:
        """Not available: raises TypeError (the library makes these records)."""
    @staticmethod
    def from_json(text: str) -> RestoredAnswers:
        """Not available: raises TypeError (the library makes these records)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

RULES_VERSION: int
CATALOGUE_VERSION: int

def library_info() -> LibraryInfo:
    """The versions to store next to saved results or answers."""
def answers_to_json(answers: Union[str, Mapping[str, Any]]) -> str:
    """The answers as JSON text to save, stamped with the catalogue version."""
def answers_from_json(text: str) -> dict[str, Any]:
    """Saved answers read back strictly."""
def answers_from_json_lenient(text: str) -> RestoredAnswers:
    """Saved answers read back leniently."""
def knowledge_json() -> str: ...
def triage(assessment: Union[str, Mapping[str, Any]], policy: str = "self_check") -> TriageResult:
    """Triage one assessment (a dict with the JSON field names, or JSON text) under a policy."""
def red_flag_floor(present: Sequence[str], policy: str = "self_check") -> Optional[str]: ...
def triage_many_json(assessments: Sequence[str], policy: str = "self_check") -> list[str]: ...
def next_step(answers: Union[str, Mapping[str, Any]], policy: str = "self_check") -> Union[Ask, Done]:
    """The next interview step from the answers so far ({question_id: answer})."""
def catalogue() -> list[Question]:
    """Every interview question, in the order asked."""
def routine(request: Any) -> Routine: ...
def todays_plan(assessment: Any, options: Any, policy: str = "self_check") -> TodaysPlan: ...
def progress(log: Any, today: Any, config: Optional[Any] = None) -> ProgressReport: ...
def vocabularies() -> dict[str, list[str]]: ...

class _VocabularyDoc(TypedDict):
    doc: str
    values: dict[str, str]

def vocabulary_docs() -> dict[str, _VocabularyDoc]: ...

class _Range(TypedDict):
    min: int
    max: int
    allowed: str

def ranges() -> dict[str, _Range]: ...
def body_map_svg(options: Any) -> str: ...
def progress_chart_svg(log: Any, today: Any) -> str: ...
def lookup(regions: Union[str, Sequence[str]], side: str = "right") -> Lookup:
    """Which trigger points could explain pain in these regions, best first."""
def triage_rows(assessments: Sequence[dict[str, Any]], policy: str = "self_check") -> list[dict[str, Any]]: ...
def triage_columns(columns: dict[str, list[Any]], rows: Optional[int] = None, policy: str = "self_check") -> dict[str, list[Any]]: ...
def table_columns() -> list[str]: ...
def triage_columns_compact(columns: dict[str, list[Any]], rows: Optional[int] = None, policy: str = "self_check") -> dict[str, Any]: ...

# FHIR R4 export (bindings/python/src/fhir.rs): JSON text in, FHIR resources as dicts out.
def fhir_questionnaire(policy: str = "self_check") -> dict[str, Any]: ...
def fhir_response(answers: Union[str, Mapping[str, Any]], policy: str = "self_check") -> dict[str, Any]: ...
def fhir_answers(response: Union[str, Mapping[str, Any]]) -> dict[str, Any]: ...
def fhir_next_question(response: Union[str, Mapping[str, Any]], policy: str = "self_check") -> dict[str, Any]: ...
def fhir_guidance(assessment: Union[str, Mapping[str, Any]], policy: str = "self_check", subject: Optional[str] = None) -> dict[str, Any]: ...
def fhir_assessment_bundle(assessment: Union[str, Mapping[str, Any]], day: str, policy: str = "self_check", subject: Optional[str] = None) -> dict[str, Any]: ...
def fhir_pain_bundle(log: Union[str, Sequence[Mapping[str, Any]]], subject: Optional[str] = None) -> dict[str, Any]: ...
def fhir_care_plan(request: Union[str, Mapping[str, Any]], subject: str) -> dict[str, Any]: ...
def fhir_code_systems() -> list[dict[str, Any]]: ...
def fhir_concept_map() -> dict[str, Any]: ...
