"""Native part of piriformis: typed result classes over the Rust core's
values, and the functions that make them. Use the `piriformis` package."""

from datetime import date
from typing import Any, Literal, Mapping, Optional, Sequence, TypedDict, Union, final

from ._enums import (
    Aggravator, Answer, AnswerKind, Legs, NerveStatus, PlanChoice, PlanRuleId, Audience, BodyRegion, Cause, CauseCategory, Caution, Citation, ClinicalTest,
    ComparisonFeature, Disposition, Equipment, ExamStep, Exercise, GateId, GuideSection, Habit, HipPosition,
    Landmark, Lean, Level, LikelySource, Mimic, Misconception, Muscle, NerveCourse, NerveSign, NerveVariant,
    PainQuality, Pathway, Phase, Position, Provider, QuestionId, RedFlag, ReferralKind, Resource, RuleId, Side,
    SkipReason, Stage, StopCue, Symptom, TenderArea, Treatment, Trend, TriagePolicy, TriggerPoint, TriggerPointKind,
)

# The tagged unions (the package exports them as `Source`, `Evidence`,
# `Finding`, `Frequency`) and two plain ids typed as literals.
_Source = Union[Guide, Cited, ProjectDefault]
_Evidence = Union[WorseWith, Tender, Sign]
_Finding = Union[NoImprovement, KeepsComingBack]
_Frequency = Union[Daily, DaysPerWeek, AsNeeded, Throughout]
_Laterality = Literal["per_side", "per_side_each_direction", "whole", "sore_side"]
_ReferenceKind = Literal["journal_article", "book", "guideline", "web_page", "standard"]
_ConditionKind = Literal[
    "flag", "not_absent", "worsening", "nerve_present", "leg_symptoms", "worse_with", "tender", "after_fall",
    "pain_at_least", "no_improvement_after_weeks", "recurring", "red_flag_unanswered", "all", "any",
]
_CautionWhenKind = Literal["self_care_allowed", "below", "any_nerve_sign", "nerve_present", "pain_at_least", "open_questions"]

__all__ = [
    "PiriformisError",
    "InvalidInputError",
    "ContradictionError",
    "CareNeededFirstError",
    "NOTICE",
    "knowledge_json",
    "triage",
    "red_flag_floor",
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
    "Assessment",
    "NerveSymptoms",
    "RoutineRequest",
    "PlanReason",
    "DroppedAnswer",
    "SelfCarePlan",
    "CareFirstPlan",
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
    "knowledge",
    "Guide",
    "Cited",
    "ProjectDefault",
    "WorseWith",
    "Tender",
    "Sign",
    "NoImprovement",
    "KeepsComingBack",
    "Daily",
    "DaysPerWeek",
    "AsNeeded",
    "Throughout",
    "Span",
    "MuscleRecord",
    "MuscleAction",
    "LandmarkRecord",
    "SciaticNerveFacts",
    "Prevalence",
    "NerveVariantRecord",
    "TriggerPointFacts",
    "TriggerPointKindRecord",
    "TriggerPointRecord",
    "Referral",
    "CauseRecord",
    "SymptomRecord",
    "AggravatorRecord",
    "ComparisonRow",
    "MimicRecord",
    "RedFlagRecord",
    "TriageRule",
    "Says",
    "CautionRule",
    "ExerciseRecord",
    "HabitRecord",
    "EquipmentRecord",
    "ProviderRecord",
    "ExamStepRecord",
    "ClinicalTestRecord",
    "TestAccuracy",
    "TreatmentRecord",
    "MisconceptionRecord",
    "ResourceRecord",
    "Code",
    "Reference",
    "ProgressConfig",
    "VocabularyInfo",
    "ValueInfo",
    "Range",
    "Condition",
    "CautionWhen",
    "NerveAdvice",
    "KnowledgeBase",
]

NOTICE: str

class PiriformisError(ValueError):
    """Base class of every piriformis error: `field`, `allowed`, `at_least` (the disposition the red flags answered "present" in the input need at least) and `detail` (the error as JSON) are None where not known."""
    field: Optional[str]
    allowed: Optional[str]
    at_least: Optional[str]
    detail: Optional[str]
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
    def unanswered_nerve(self) -> list[NerveSign]: ...
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
    def sources(self) -> list[_Source]: ...
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
    def piriformis(self) -> list[_Evidence]: ...
    @property
    def spinal(self) -> list[_Evidence]: ...
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
    def assessment(self) -> Assessment: ...
    @property
    def triage(self) -> TriageResult: ...
    @property
    def stopped_early(self) -> bool: ...
    @property
    def progress(self) -> Progress: ...
    @property
    def not_asked(self) -> list[QuestionId]: ...
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
    @property
    def again(self) -> bool: ...
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
    """A dose: hold, duration, repetitions and sets (each a `Span` or None), laterality and frequency."""
    @property
    def hold(self) -> Optional[Span]: ...
    @property
    def duration(self) -> Optional[Span]: ...
    @property
    def reps(self) -> Optional[Span]: ...
    @property
    def sets(self) -> Optional[Span]: ...
    @property
    def laterality(self) -> _Laterality: ...
    @property
    def frequency(self) -> _Frequency: ...
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
    def findings(self) -> list[_Finding]: ...
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
    def plan(self) -> Union[SelfCarePlan, CareFirstPlan]: ...
    @property
    def routine(self) -> Optional[Routine]: ...
    @property
    def allows_self_care(self) -> bool: ...
    @property
    def reasons(self) -> list[PlanReason]: ...
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
class Assessment:
    """What the person reported: the input of `triage`, as a class."""
    @property
    def side(self) -> Optional[Side]: ...
    @property
    def pain_now(self) -> Optional[int]: ...
    @property
    def pain_regions(self) -> list[BodyRegion]: ...
    @property
    def pain_qualities(self) -> list[PainQuality]: ...
    @property
    def worse_with(self) -> list[Aggravator]: ...
    @property
    def tender_areas(self) -> list[TenderArea]: ...
    @property
    def nerve(self) -> NerveSymptoms: ...
    @property
    def red_flags(self) -> dict[RedFlag, Answer]: ...
    @property
    def after_fall_or_accident(self) -> Answer: ...
    @property
    def self_care_weeks(self) -> Optional[int]: ...
    @property
    def self_care_helped(self) -> Answer: ...
    @property
    def keeps_coming_back(self) -> Answer: ...
    @property
    def age(self) -> Optional[int]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Assessment:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Assessment:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class NerveSymptoms:
    """Nerve symptoms in the leg: numbness, tingling, weakness, and how many legs."""
    @property
    def numbness(self) -> NerveStatus: ...
    @property
    def tingling(self) -> NerveStatus: ...
    @property
    def weakness(self) -> NerveStatus: ...
    @property
    def legs(self) -> Legs: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> NerveSymptoms:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> NerveSymptoms:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class RoutineRequest:
    """What today's routine is built from: side, phase, minutes, equipment, nerve symptoms, trend and the triage."""
    @property
    def side(self) -> Side: ...
    @property
    def phase(self) -> Phase: ...
    @property
    def equipment(self) -> list[Equipment]: ...
    @property
    def minutes(self) -> int: ...
    @property
    def nerve_symptoms(self) -> bool: ...
    @property
    def trend(self) -> Optional[Trend]: ...
    @property
    def triage(self) -> Optional[TriageResult]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> RoutineRequest:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> RoutineRequest:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class PlanReason:
    """Why the plan made one choice: the plan rule, the value chosen, why, and the sources."""
    @property
    def rule(self) -> PlanRuleId: ...
    @property
    def why(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    @property
    def choice(self) -> PlanChoice: ...
    @property
    def value(self) -> Union[bool, int, Side, Phase, list[Equipment], Trend, None]: ...
    @property
    def chosen(self) -> Union[bool, int, Side, Phase, list[Equipment], Trend, None]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> PlanReason:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> PlanReason:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class DroppedAnswer:
    """A saved answer left out when answers were restored, and why."""
    @property
    def question(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def was_yes(self) -> bool: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> DroppedAnswer:
        """Not available: raises TypeError (the library makes these records)."""
    @staticmethod
    def from_json(text: str) -> DroppedAnswer:
        """Not available: raises TypeError (the library makes these records)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class SelfCarePlan:
    """Today's plan when self-care fits: the routine request and one reason per choice."""
    @property
    def kind(self) -> Literal["self_care"]: ...
    @property
    def request(self) -> RoutineRequest: ...
    @property
    def reasons(self) -> list[PlanReason]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> SelfCarePlan:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> SelfCarePlan:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class CareFirstPlan:
    """Today's plan when the triage asks for care first: no routine today."""
    @property
    def kind(self) -> Literal["care_first"]: ...
    @property
    def disposition(self) -> Disposition: ...
    @property
    def why(self) -> str: ...
    @property
    def reasons(self) -> list[PlanReason]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> CareFirstPlan:
        """Builds the record back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> CareFirstPlan:
        """Builds the record back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

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
    def answers(self) -> dict[str, Union[float, str, list[str]]]: ...
    @property
    def dropped(self) -> list[DroppedAnswer]: ...
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

@final
class Guide:
    """A fact's source: a section of the guide."""
    @property
    def kind(self) -> Literal["guide"]: ...
    @property
    def section(self) -> GuideSection: ...
    def to_dict(self) -> dict[str, str]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Guide:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Guide:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Cited:
    """A fact's source: a cited clinical reference."""
    @property
    def kind(self) -> Literal["cited"]: ...
    @property
    def citation(self) -> Citation: ...
    def to_dict(self) -> dict[str, str]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Cited:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Cited:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class ProjectDefault:
    """A fact's source: a choice this project made where no source gives a number."""
    @property
    def kind(self) -> Literal["project_default"]: ...
    def to_dict(self) -> Literal["project_default"]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> ProjectDefault:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> ProjectDefault:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class WorseWith:
    """A feature found: this makes the pain worse."""
    @property
    def kind(self) -> Literal["worse_with"]: ...
    @property
    def aggravator(self) -> Aggravator: ...
    def to_dict(self) -> dict[str, str]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> WorseWith:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> WorseWith:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Tender:
    """A feature found: it is tender here."""
    @property
    def kind(self) -> Literal["tender"]: ...
    @property
    def area(self) -> TenderArea: ...
    def to_dict(self) -> dict[str, str]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Tender:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Tender:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Sign:
    """A feature found: a red flag that points to the spine."""
    @property
    def kind(self) -> Literal["sign"]: ...
    @property
    def red_flag(self) -> RedFlag: ...
    def to_dict(self) -> dict[str, str]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Sign:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Sign:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class NoImprovement:
    """A finding of the pain log: self-care for some weeks without improving."""
    @property
    def kind(self) -> Literal["no_improvement"]: ...
    @property
    def weeks(self) -> int: ...
    def to_dict(self) -> dict[str, Union[str, int]]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> NoImprovement:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> NoImprovement:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class KeepsComingBack:
    """A finding of the pain log: flares keep coming back."""
    @property
    def kind(self) -> Literal["keeps_coming_back"]: ...
    @property
    def flares(self) -> int: ...
    def to_dict(self) -> dict[str, Union[str, int]]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> KeepsComingBack:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> KeepsComingBack:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Daily:
    """How often: every day."""
    @property
    def kind(self) -> Literal["daily"]: ...
    def to_dict(self) -> dict[str, str]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Daily:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Daily:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class DaysPerWeek:
    """How often: some days a week."""
    @property
    def kind(self) -> Literal["days_per_week"]: ...
    @property
    def days(self) -> int: ...
    def to_dict(self) -> dict[str, Union[str, int]]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> DaysPerWeek:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> DaysPerWeek:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class AsNeeded:
    """How often: whenever it is needed."""
    @property
    def kind(self) -> Literal["as_needed"]: ...
    def to_dict(self) -> dict[str, str]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> AsNeeded:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> AsNeeded:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Throughout:
    """How often: all through the day, as a habit."""
    @property
    def kind(self) -> Literal["throughout"]: ...
    def to_dict(self) -> dict[str, str]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Throughout:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Throughout:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Span:
    """A closed range of a dose, from `min` to `max`."""
    @property
    def min(self) -> int: ...
    @property
    def max(self) -> int: ...
    def __getitem__(self, key: Literal["min", "max"], /) -> int: ...
    def to_dict(self) -> dict[str, int]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Span:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Span:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class MuscleRecord:
    """A muscle of the hip: where it attaches, what it does, its role."""
    @property
    def id(self) -> Muscle: ...
    @property
    def name(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def origin(self) -> Optional[str]: ...
    @property
    def insertion(self) -> Optional[str]: ...
    @property
    def actions(self) -> list[MuscleAction]: ...
    @property
    def role(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> MuscleRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> MuscleRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class MuscleAction:
    """What a muscle does in one hip position."""
    @property
    def position(self) -> HipPosition: ...
    @property
    def action(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> MuscleAction:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> MuscleAction:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class LandmarkRecord:
    """A bony landmark used to find the trigger points."""
    @property
    def id(self) -> Landmark: ...
    @property
    def name(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> LandmarkRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> LandmarkRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class SciaticNerveFacts:
    """How the sciatic nerve runs past the piriformis, and how often each way."""
    @property
    def description(self) -> str: ...
    @property
    def prevalence(self) -> list[Prevalence]: ...
    @property
    def note(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> SciaticNerveFacts:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> SciaticNerveFacts:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Prevalence:
    """How common something is, with its source."""
    @property
    def what(self) -> str: ...
    @property
    def percent(self) -> int: ...
    @property
    def source(self) -> _Source: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Prevalence:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> Prevalence:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class NerveVariantRecord:
    """A variant of the sciatic nerve's course past the piriformis."""
    @property
    def id(self) -> NerveVariant: ...
    @property
    def description(self) -> str: ...
    @property
    def undivided(self) -> bool: ...
    @property
    def courses(self) -> list[NerveCourse]: ...
    @property
    def prevalence(self) -> list[Prevalence]: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> NerveVariantRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> NerveVariantRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class TriggerPointFacts:
    """General facts about trigger points."""
    @property
    def definition(self) -> str: ...
    @property
    def also_called(self) -> str: ...
    @property
    def causes(self) -> str: ...
    @property
    def feel(self) -> str: ...
    @property
    def in_piriformis(self) -> str: ...
    @property
    def symptom_sources(self) -> list[str]: ...
    @property
    def qualities(self) -> list[PainQuality]: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> TriggerPointFacts:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> TriggerPointFacts:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class TriggerPointKindRecord:
    """A kind of trigger point: active or latent."""
    @property
    def id(self) -> TriggerPointKind: ...
    @property
    def description(self) -> str: ...
    @property
    def hurts_at_rest(self) -> bool: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> TriggerPointKindRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> TriggerPointKindRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class TriggerPointRecord:
    """A piriformis trigger point: where it is, how to find it, where it refers pain."""
    @property
    def id(self) -> TriggerPoint: ...
    @property
    def muscle(self) -> Muscle: ...
    @property
    def name(self) -> str: ...
    @property
    def how_to_find(self) -> str: ...
    @property
    def landmarks(self) -> list[Landmark]: ...
    @property
    def position_percent(self) -> int: ...
    @property
    def referral(self) -> list[Referral]: ...
    @property
    def note(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> TriggerPointRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> TriggerPointRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Referral:
    """A body region pain is referred to, essential or spillover, with its source."""
    @property
    def region(self) -> BodyRegion: ...
    @property
    def kind(self) -> ReferralKind: ...
    @property
    def source(self) -> _Source: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Referral:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> Referral:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class CauseRecord:
    """A cause of piriformis trouble."""
    @property
    def id(self) -> Cause: ...
    @property
    def category(self) -> CauseCategory: ...
    @property
    def name(self) -> str: ...
    @property
    def how(self) -> str: ...
    @property
    def examples(self) -> list[str]: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> CauseRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> CauseRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class SymptomRecord:
    """A symptom, with what makes it worse."""
    @property
    def id(self) -> Symptom: ...
    @property
    def description(self) -> str: ...
    @property
    def nerve_sign(self) -> bool: ...
    @property
    def worse_with(self) -> list[Aggravator]: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> SymptomRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> SymptomRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class AggravatorRecord:
    """Something that makes the pain worse, and which way it leans."""
    @property
    def id(self) -> Aggravator: ...
    @property
    def description(self) -> str: ...
    @property
    def lean(self) -> Lean: ...
    @property
    def note(self) -> Optional[str]: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> AggravatorRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> AggravatorRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class ComparisonRow:
    """One row of the piriformis-vs-spinal comparison."""
    @property
    def id(self) -> ComparisonFeature: ...
    @property
    def piriformis(self) -> str: ...
    @property
    def spinal(self) -> str: ...
    @property
    def piriformis_aggravators(self) -> list[Aggravator]: ...
    @property
    def spinal_aggravators(self) -> list[Aggravator]: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> ComparisonRow:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> ComparisonRow:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class MimicRecord:
    """A condition that can look like piriformis trouble."""
    @property
    def id(self) -> Mimic: ...
    @property
    def name(self) -> str: ...
    @property
    def how_it_differs(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> MimicRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> MimicRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class RedFlagRecord:
    """A red flag: its question, why it matters, and its tier under each policy."""
    @property
    def id(self) -> RedFlag: ...
    @property
    def tier(self) -> Disposition: ...
    @property
    def clinician_tier(self) -> Disposition: ...
    @property
    def follow_up_of(self) -> Optional[RedFlag]: ...
    @property
    def pathway(self) -> Pathway: ...
    @property
    def lean(self) -> Lean: ...
    @property
    def question(self) -> str: ...
    @property
    def help(self) -> str: ...
    @property
    def why(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    @property
    def check_again(self) -> Optional[str]: ...
    @property
    def does_not_apply(self) -> Optional[str]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> RedFlagRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> RedFlagRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class TriageRule:
    """A triage rule: when it fires, what each source says, and its tier under each policy."""
    @property
    def id(self) -> RuleId: ...
    @property
    def pathway(self) -> Pathway: ...
    @property
    def self_check(self) -> Disposition: ...
    @property
    def clinician_referral(self) -> Disposition: ...
    @property
    def when(self) -> Condition: ...
    @property
    def says(self) -> list[Says]: ...
    @property
    def text(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> TriageRule:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> TriageRule:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Says:
    """What one source says about a rule's finding: the tier and who it is written for."""
    @property
    def source(self) -> _Source: ...
    @property
    def audience(self) -> Audience: ...
    @property
    def tier(self) -> Disposition: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Says:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> Says:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Condition:
    """When a triage rule fires: `kind` says which test, `value` what it tests."""
    @property
    def kind(self) -> _ConditionKind: ...
    @property
    def value(self) -> Union[RedFlag, NerveSign, Aggravator, TenderArea, Disposition, int, list[Condition], None]: ...
    def to_dict(self) -> Union[str, dict[str, Any]]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Condition:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> Condition:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class CautionRule:
    """A caution a triage shows, when it applies, and its sources."""
    @property
    def id(self) -> Caution: ...
    @property
    def when(self) -> list[CautionWhen]: ...
    @property
    def text(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> CautionRule:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> CautionRule:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class CautionWhen:
    """When a caution is shown: `kind` says which test, `value` what it tests."""
    @property
    def kind(self) -> _CautionWhenKind: ...
    @property
    def value(self) -> Union[Disposition, NerveSign, int, None]: ...
    def to_dict(self) -> Union[str, dict[str, Any]]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> CautionWhen:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> CautionWhen:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class ExerciseRecord:
    """An exercise or technique: how to do it, the dose, when to stop."""
    @property
    def id(self) -> Exercise: ...
    @property
    def name(self) -> str: ...
    @property
    def purpose(self) -> str: ...
    @property
    def stage(self) -> Stage: ...
    @property
    def equipment(self) -> Optional[Equipment]: ...
    @property
    def position(self) -> Position: ...
    @property
    def steps(self) -> list[str]: ...
    @property
    def dosage(self) -> Dosage: ...
    @property
    def dosage_basis(self) -> str: ...
    @property
    def feel(self) -> str: ...
    @property
    def stop_if(self) -> list[StopCue]: ...
    @property
    def fits(self) -> list[Phase]: ...
    @property
    def with_nerve_symptoms(self) -> NerveAdvice: ...
    @property
    def setup_seconds(self) -> int: ...
    @property
    def targets(self) -> list[Muscle]: ...
    @property
    def progression(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> ExerciseRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> ExerciseRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class NerveAdvice:
    """What to do with an exercise when there are nerve symptoms."""
    @property
    def kind(self) -> Literal["as_usual", "gentle"]: ...
    @property
    def how(self) -> Optional[str]: ...
    def to_dict(self) -> dict[str, str]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> NerveAdvice:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> NerveAdvice:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class HabitRecord:
    """An everyday habit that helps."""
    @property
    def id(self) -> Habit: ...
    @property
    def advice(self) -> str: ...
    @property
    def why(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> HabitRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> HabitRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class EquipmentRecord:
    """A tool for self-care, with advice on its use."""
    @property
    def id(self) -> Equipment: ...
    @property
    def name(self) -> str: ...
    @property
    def advice(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> EquipmentRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> EquipmentRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class ProviderRecord:
    """A kind of provider who can help."""
    @property
    def id(self) -> Provider: ...
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> ProviderRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> ProviderRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class ExamStepRecord:
    """A step of a clinical exam."""
    @property
    def id(self) -> ExamStep: ...
    @property
    def description(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> ExamStepRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> ExamStepRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class ClinicalTestRecord:
    """A clinical test, how it is done, and how accurate it is."""
    @property
    def id(self) -> ClinicalTest: ...
    @property
    def name(self) -> str: ...
    @property
    def how(self) -> str: ...
    @property
    def accuracy(self) -> Optional[TestAccuracy]: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> ClinicalTestRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> ClinicalTestRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class TestAccuracy:
    """How accurate a clinical test is, from one study."""
    @property
    def sensitivity_permille(self) -> Optional[int]: ...
    @property
    def specificity_permille(self) -> Optional[int]: ...
    @property
    def study(self) -> str: ...
    @property
    def source(self) -> _Source: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> TestAccuracy:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> TestAccuracy:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class TreatmentRecord:
    """A treatment option."""
    @property
    def id(self) -> Treatment: ...
    @property
    def description(self) -> str: ...
    @property
    def given_by(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> TreatmentRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> TreatmentRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class MisconceptionRecord:
    """A myth and the fact."""
    @property
    def id(self) -> Misconception: ...
    @property
    def myth(self) -> str: ...
    @property
    def fact(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> MisconceptionRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> MisconceptionRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class ResourceRecord:
    """A further resource."""
    @property
    def id(self) -> Resource: ...
    @property
    def title(self) -> str: ...
    @property
    def note(self) -> str: ...
    @property
    def sources(self) -> list[_Source]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> ResourceRecord:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> ResourceRecord:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Code:
    """A diagnosis or observation code."""
    @property
    def system(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def meaning(self) -> str: ...
    @property
    def source(self) -> _Source: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Code:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> Code:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Reference:
    """A cited reference: who wrote what, when and where, and what it supports."""
    @property
    def id(self) -> Citation: ...
    @property
    def authors(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def year(self) -> int: ...
    @property
    def venue(self) -> str: ...
    @property
    def kind(self) -> _ReferenceKind: ...
    @property
    def undated(self) -> bool: ...
    @property
    def doi(self) -> Optional[str]: ...
    @property
    def url(self) -> Optional[str]: ...
    @property
    def supports(self) -> str: ...
    @property
    def line(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Reference:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> Reference:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class ProgressConfig:
    """The thresholds of the progress analysis."""
    @property
    def window_days(self) -> int: ...
    @property
    def min_change(self) -> float: ...
    @property
    def flare_rise(self) -> int: ...
    @property
    def flare_days(self) -> int: ...
    @property
    def baseline_days(self) -> int: ...
    @property
    def no_improvement_weeks(self) -> int: ...
    @property
    def recurrence_flares(self) -> int: ...
    @property
    def recurrence_window_days(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> ProgressConfig:
        """Builds the value back from `to_dict()` output."""
    @staticmethod
    def from_json(text: str) -> ProgressConfig:
        """Builds the value back from `to_json()` output."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class VocabularyInfo:
    """A vocabulary: its name, what it is, and its values."""
    @property
    def name(self) -> str: ...
    @property
    def doc(self) -> str: ...
    @property
    def values(self) -> list[ValueInfo]: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> VocabularyInfo:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> VocabularyInfo:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class ValueInfo:
    """One value of a vocabulary."""
    @property
    def id(self) -> str: ...
    @property
    def doc(self) -> str: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> ValueInfo:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> ValueInfo:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Range:
    """A closed range of whole numbers that an input allows; `value in r` says whether a whole number is inside."""
    @property
    def name(self) -> str: ...
    @property
    def min(self) -> int: ...
    @property
    def max(self) -> int: ...
    @property
    def allowed(self) -> str: ...
    def __contains__(self, value: object, /) -> bool: ...
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
    @staticmethod
    def from_dict(data: Any) -> Range:
        """The library's record with this data (as `to_dict()` gives it)."""
    @staticmethod
    def from_json(text: str) -> Range:
        """The library's record with this JSON (as `to_json()` gives it)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class KnowledgeBase:
    """The whole knowledge base: every record, typed. Made once; get it with `knowledge()`."""
    @property
    def schema_version(self) -> str: ...
    @property
    def muscles(self) -> list[MuscleRecord]: ...
    @property
    def landmarks(self) -> list[LandmarkRecord]: ...
    @property
    def sciatic_nerve(self) -> SciaticNerveFacts: ...
    @property
    def nerve_variants(self) -> list[NerveVariantRecord]: ...
    @property
    def trigger_point_facts(self) -> TriggerPointFacts: ...
    @property
    def trigger_point_kinds(self) -> list[TriggerPointKindRecord]: ...
    @property
    def trigger_points(self) -> list[TriggerPointRecord]: ...
    @property
    def referral(self) -> list[Referral]: ...
    @property
    def causes(self) -> list[CauseRecord]: ...
    @property
    def symptoms(self) -> list[SymptomRecord]: ...
    @property
    def aggravators(self) -> list[AggravatorRecord]: ...
    @property
    def comparison(self) -> list[ComparisonRow]: ...
    @property
    def mimics(self) -> list[MimicRecord]: ...
    @property
    def red_flags(self) -> list[RedFlagRecord]: ...
    @property
    def triage_rules(self) -> list[TriageRule]: ...
    @property
    def cautions(self) -> list[CautionRule]: ...
    @property
    def disposition_sources(self) -> list[_Source]: ...
    @property
    def exercises(self) -> list[ExerciseRecord]: ...
    @property
    def habits(self) -> list[HabitRecord]: ...
    @property
    def equipment(self) -> list[EquipmentRecord]: ...
    @property
    def providers(self) -> list[ProviderRecord]: ...
    @property
    def exam(self) -> list[ExamStepRecord]: ...
    @property
    def clinical_tests(self) -> list[ClinicalTestRecord]: ...
    @property
    def treatments(self) -> list[TreatmentRecord]: ...
    @property
    def misconceptions(self) -> list[MisconceptionRecord]: ...
    @property
    def resources(self) -> list[ResourceRecord]: ...
    @property
    def codes(self) -> list[Code]: ...
    @property
    def defining_features(self) -> list[str]: ...
    @property
    def diagnosis_advice(self) -> str: ...
    @property
    def notice(self) -> str: ...
    @property
    def notice_sources(self) -> list[_Source]: ...
    @property
    def progress_defaults(self) -> ProgressConfig: ...
    @property
    def progress_sources(self) -> list[_Source]: ...
    @property
    def vocabularies(self) -> list[VocabularyInfo]: ...
    @property
    def ranges(self) -> list[Range]: ...
    @property
    def citations(self) -> list[Reference]: ...
    @staticmethod
    def get() -> KnowledgeBase:
        """The knowledge base (the same object as `knowledge()`)."""
    def to_dict(self) -> dict[str, Any]:
        """Plain Python data in the core's JSON shape (as `knowledge_json()`)."""
    def to_json(self, indent: Optional[int] = None) -> str:
        """JSON text in the core's shape."""
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
def knowledge_json() -> str:
    """The whole knowledge base as a JSON document."""
def knowledge() -> KnowledgeBase:
    """The whole knowledge base as typed records (made once, then the same object)."""
def triage(assessment: Union[str, Mapping[str, Any], Assessment], policy: str = "self_check") -> TriageResult:
    """Triage one assessment (a dict with the JSON field names, an `Assessment`, or JSON text) under a policy."""
def red_flag_floor(present: Sequence[str], policy: str = "self_check") -> Optional[str]: ...
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
def triage_rows(assessments: list[Any], policy: str = "self_check") -> list[dict[str, Any]]: ...
def triage_columns(columns: dict[str, list[Any]], rows: Optional[int] = None, policy: str = "self_check") -> dict[str, list[Any]]: ...
def table_columns() -> list[str]: ...
def triage_columns_compact(columns: dict[str, list[Any]], rows: Optional[int] = None, policy: str = "self_check") -> dict[str, Any]: ...

# FHIR R4 export (bindings/python/src/fhir.rs): JSON text in, FHIR resources as dicts out.
def fhir_questionnaire(policy: str = "self_check") -> dict[str, Any]: ...
def fhir_response(answers: Union[str, Mapping[str, Any]], policy: str = "self_check") -> dict[str, Any]: ...
def fhir_answers(response: Union[str, Mapping[str, Any]]) -> dict[str, Any]: ...
def fhir_next_question(response: Union[str, Mapping[str, Any]], policy: str = "self_check") -> dict[str, Any]: ...
def fhir_guidance(assessment: Union[str, Mapping[str, Any], Assessment], policy: str = "self_check", subject: Optional[str] = None) -> dict[str, Any]: ...
def fhir_assessment_bundle(assessment: Union[str, Mapping[str, Any], Assessment], day: str, policy: str = "self_check", subject: Optional[str] = None) -> dict[str, Any]: ...
def fhir_pain_bundle(log: Union[str, Sequence[Mapping[str, Any]]], subject: Optional[str] = None) -> dict[str, Any]: ...
def fhir_care_plan(request: Union[str, Mapping[str, Any], RoutineRequest], subject: str) -> dict[str, Any]: ...
def fhir_code_systems() -> list[dict[str, Any]]: ...
def fhir_concept_map() -> dict[str, Any]: ...
