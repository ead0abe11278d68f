"""piriformis: piriformis trigger-point self-care as typed knowledge and pure logic.

Typed stubs of the public package: every result class with its attributes
(from the native module), the vocabulary enums, and every function's
signature. This is general information, not medical advice.
"""

from datetime import date
from typing import Any, Iterable, Literal, Mapping, Optional, Sequence, Union

from ._enums import *
from ._piriformis import (
    CATALOGUE_VERSION as CATALOGUE_VERSION,
    NOTICE as NOTICE,
    RULES_VERSION as RULES_VERSION,
    LibraryInfo as LibraryInfo,
    RestoredAnswers as RestoredAnswers,
    Assessment as Assessment,
    NerveSymptoms as NerveSymptoms,
    RoutineRequest as RoutineRequest,
    PlanReason as PlanReason,
    DroppedAnswer as DroppedAnswer,
    SelfCarePlan as SelfCarePlan,
    CareFirstPlan as CareFirstPlan,
    answers_from_json as answers_from_json,
    answers_from_json_lenient as answers_from_json_lenient,
    answers_to_json as answers_to_json,
    library_info as library_info,
    fhir_questionnaire as fhir_questionnaire,
    fhir_response as fhir_response,
    fhir_answers as fhir_answers,
    fhir_next_question as fhir_next_question,
    fhir_guidance as fhir_guidance,
    fhir_assessment_bundle as fhir_assessment_bundle,
    fhir_pain_bundle as fhir_pain_bundle,
    fhir_care_plan as fhir_care_plan,
    fhir_code_systems as fhir_code_systems,
    fhir_concept_map as fhir_concept_map,
    Ask as Ask,
    Candidate as Candidate,
    CareNeededFirstError as CareNeededFirstError,
    CautionNote as CautionNote,
    Choice as Choice,
    ContradictionError as ContradictionError,
    Done as Done,
    Dosage as Dosage,
    FiredRule as FiredRule,
    Flare as Flare,
    GateNote as GateNote,
    InvalidInputError as InvalidInputError,
    Lookup as Lookup,
    PiriformisError as PiriformisError,
    Progress as Progress,
    Progression as Progression,
    ProgressReport as ProgressReport,
    Question as Question,
    Routine as Routine,
    RoutineStep as RoutineStep,
    Skipped as Skipped,
    SourceAssessment as SourceAssessment,
    TodaysPlan as TodaysPlan,
    TriageResult as TriageResult,
    Unexplained as Unexplained,
    WeeklyPlan as WeeklyPlan,
    catalogue as catalogue,
    lookup as lookup,
    next_step as next_step,
    triage as triage,
    knowledge as knowledge,
    Guide as Guide,
    Cited as Cited,
    ProjectDefault as ProjectDefault,
    WorseWith as WorseWith,
    Tender as Tender,
    Sign as Sign,
    NoImprovement as NoImprovement,
    KeepsComingBack as KeepsComingBack,
    Daily as Daily,
    DaysPerWeek as DaysPerWeek,
    AsNeeded as AsNeeded,
    Throughout as Throughout,
    Span as Span,
    MuscleRecord as MuscleRecord,
    MuscleAction as MuscleAction,
    LandmarkRecord as LandmarkRecord,
    SciaticNerveFacts as SciaticNerveFacts,
    Prevalence as Prevalence,
    NerveVariantRecord as NerveVariantRecord,
    TriggerPointFacts as TriggerPointFacts,
    TriggerPointKindRecord as TriggerPointKindRecord,
    TriggerPointRecord as TriggerPointRecord,
    Referral as Referral,
    CauseRecord as CauseRecord,
    SymptomRecord as SymptomRecord,
    AggravatorRecord as AggravatorRecord,
    ComparisonRow as ComparisonRow,
    MimicRecord as MimicRecord,
    RedFlagRecord as RedFlagRecord,
    TriageRule as TriageRule,
    Says as Says,
    CautionRule as CautionRule,
    ExerciseRecord as ExerciseRecord,
    HabitRecord as HabitRecord,
    EquipmentRecord as EquipmentRecord,
    ProviderRecord as ProviderRecord,
    ExamStepRecord as ExamStepRecord,
    ClinicalTestRecord as ClinicalTestRecord,
    TestAccuracy as TestAccuracy,
    TreatmentRecord as TreatmentRecord,
    MisconceptionRecord as MisconceptionRecord,
    ResourceRecord as ResourceRecord,
    Code as Code,
    Reference as Reference,
    ProgressConfig as ProgressConfig,
    VocabularyInfo as VocabularyInfo,
    ValueInfo as ValueInfo,
    Range as Range,
    Condition as Condition,
    CautionWhen as CautionWhen,
    NerveAdvice as NerveAdvice,
    KnowledgeBase as KnowledgeBase,
)

__all__ = [
    "NOTICE", "PiriformisError", "InvalidInputError", "ContradictionError", "CareNeededFirstError",
    "Record", "TriageResult", "FiredRule", "CautionNote", "SourceAssessment",
    "Step", "Ask", "Done", "Question", "Choice", "Progress",
    "Routine", "RoutineStep", "Dosage", "Skipped", "GateNote", "WeeklyPlan", "Progression",
    "TodaysPlan", "ProgressReport", "Flare", "Lookup", "Candidate", "Unexplained",
    "Assessment", "NerveSymptoms", "RoutineRequest", "Plan", "SelfCarePlan", "CareFirstPlan", "PlanReason",
    "DroppedAnswer", "AnswerValue",
    "Range", "RANGES",
    "knowledge", "triage", "red_flag_floor", "triage_many", "triage_table", "RESULT_COLUMNS", "TABLE_COLUMNS",
    "next_step", "catalogue", "routine", "todays_plan", "progress",
    "Svg", "body_map", "progress_chart", "lookup",
    "RULES_VERSION", "CATALOGUE_VERSION", "LibraryInfo", "library_info",
    "RestoredAnswers", "answers_to_json", "answers_from_json", "answers_from_json_lenient",
    "fhir_questionnaire", "fhir_response", "fhir_answers", "fhir_next_question", "fhir_guidance", "fhir_assessment_bundle", "fhir_pain_bundle", "fhir_care_plan", "fhir_code_systems", "fhir_concept_map",
    "Source", "Guide", "Cited", "ProjectDefault", "Evidence", "WorseWith", "Tender", "Sign",
    "Finding", "NoImprovement", "KeepsComingBack", "Frequency", "Daily", "DaysPerWeek", "AsNeeded", "Throughout",
    "Span", "Laterality", "ReferenceKind",
    "KnowledgeBase", "MuscleRecord", "MuscleAction", "LandmarkRecord", "SciaticNerveFacts", "Prevalence",
    "NerveVariantRecord", "TriggerPointFacts", "TriggerPointKindRecord", "TriggerPointRecord", "Referral",
    "CauseRecord", "SymptomRecord", "AggravatorRecord", "ComparisonRow", "MimicRecord", "RedFlagRecord",
    "TriageRule", "Says", "Condition", "CautionRule", "CautionWhen", "ExerciseRecord", "NerveAdvice", "HabitRecord",
    "EquipmentRecord", "ProviderRecord", "ExamStepRecord", "ClinicalTestRecord", "TestAccuracy", "TreatmentRecord",
    "MisconceptionRecord", "ResourceRecord", "Code", "Reference", "ProgressConfig", "VocabularyInfo", "ValueInfo",
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
Json = Union[str, Mapping[str, Any]]
Source = Union[Guide, Cited, ProjectDefault]
Evidence = Union[WorseWith, Tender, Sign]
Finding = Union[NoImprovement, KeepsComingBack]
Frequency = Union[Daily, DaysPerWeek, AsNeeded, Throughout]
Plan = Union[SelfCarePlan, CareFirstPlan]
AnswerValue = Union[float, str, list[str]]
Laterality = Literal["per_side", "per_side_each_direction", "whole", "sore_side"]
ReferenceKind = Literal["journal_article", "book", "guideline", "web_page", "standard"]

RANGES: Mapping[str, Range]

class Record:
    """Attribute access over a JSON document (kept for older code; results are typed classes)."""
    def __init__(self, data: Mapping[str, Any]) -> None: ...
    def __getattr__(self, name: str) -> Any: ...
    def __getitem__(self, key: str) -> Any: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __getstate__(self) -> dict[str, Any]: ...
    def __setstate__(self, state: dict[str, Any]) -> None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, indent: Optional[int] = None) -> str: ...
    @classmethod
    def from_json(cls, text: str) -> Record: ...
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Record: ...

def red_flag_floor(present: Iterable[Union[str, RedFlag]], policy: Union[str, TriagePolicy] = ...) -> Optional[Disposition]: ...

RESULT_COLUMNS: tuple[str, ...]
TABLE_COLUMNS: tuple[str, ...]

def triage_table(table: Any, *, extra: str = "error", policy: Union[str, TriagePolicy] = ...) -> Any: ...
def triage_many(assessments: Any, policy: Union[str, TriagePolicy] = ...) -> Any: ...
def routine(request: Optional[Union[Json, RoutineRequest]] = None, **fields: Any) -> Routine: ...
def todays_plan(
    assessment: Union[Json, Assessment],
    *,
    minutes: Optional[int] = None,
    equipment: Iterable[Union[Equipment, str]] = (),
    trend: Optional[Union[Trend, str]] = None,
    policy: Union[str, TriagePolicy] = ...,
) -> TodaysPlan: ...
def progress(
    log: Union[str, Sequence[Mapping[str, Any]]], today: Union[str, date], config: Optional[Mapping[str, Any]] = None
) -> ProgressReport: ...

class Svg:
    """An SVG picture that shows itself in Jupyter."""
    svg: str
    def __init__(self, svg: str) -> None: ...
    def _repr_svg_(self) -> str: ...
    def save(self, path: str) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __getstate__(self) -> str: ...
    def __setstate__(self, state: str) -> None: ...

def body_map(
    side: Optional[Union[Side, str]] = None,
    highlight: Optional[Union[TriggerPoint, str]] = None,
    pain_regions: Iterable[Union[BodyRegion, str]] = (),
) -> Svg: ...
def progress_chart(log: Union[str, Sequence[Mapping[str, Any]]], today: Union[str, date]) -> Svg: ...
