//! Self-treatment techniques and exercises with typed dosage, equipment,
//! position, step-by-step how-to and stop-if cues; plus everyday habits and
//! the tools used for self-treatment.

use serde::Serialize;

use crate::anatomy::Muscle;
use crate::source::{Citation::*, GuideSection::*, Source};
use crate::units::{Dosage, Frequency, Laterality};
use crate::vocab::vocabulary;

vocabulary! {
    /// The stages of a session, in the order the guide uses them.
    pub enum Stage {
        /// Heat before, or cold to calm a flare.
        Prepare,
        /// Find the tender spots.
        Locate,
        /// Release the trigger points with steady pressure.
        Release,
        /// Stretch the piriformis.
        Stretch,
        /// Gentle mobility drills.
        Mobility,
        /// Strengthen the glutes, hips and core.
        Strengthen,
    }
}

vocabulary! {
    /// Where the person is in their recovery.
    pub enum Phase {
        /// A new flare-up: irritated, maybe swollen.
        NewFlare,
        /// Ongoing tightness and stiffness.
        ChronicTightness,
    }
}

vocabulary! {
    /// Equipment a person may or may not have. Hands, the floor and a wall or
    /// chair are always assumed.
    pub enum Equipment {
        /// A foam roller; medium density is a good start.
        FoamRoller,
        /// A tennis or lacrosse ball (the lacrosse ball is firmer).
        Ball,
        /// A massage stick or hooked cane for reaching deep spots.
        MassageStick,
        /// A resistance band.
        ResistanceBand,
        /// A heat pack (moist heat is best).
        HeatPack,
        /// A cold pack.
        ColdPack,
    }
}

vocabulary! {
    /// The body position an exercise starts in.
    pub enum Position {
        /// Lying on the back, knees bent, feet flat.
        LyingOnBack,
        /// Lying on the side.
        LyingOnSide,
        /// Sitting on the floor or on a roller.
        SittingOnFloor,
        /// Sitting on a chair.
        SittingOnChair,
        /// Standing.
        Standing,
        /// Face down on forearms and toes.
        Plank,
        /// Any comfortable position.
        Any,
    }
}

vocabulary! {
    /// A reason to stop or ease off at once.
    pub enum StopCue {
        /// Sharp pain rather than a tolerable "good hurt".
        SharpPain,
        /// Strong pain running down the leg.
        StrongLegPain,
        /// Numbness or tingling starts or grows.
        NumbnessOrTinglingIncreases,
        /// Electric, shooting, nerve-like pain.
        NerveLikePain,
        /// The skin is numb, too hot or too cold.
        SkinTooHotColdOrNumb,
        /// The low back arches or the pelvis tips and you cannot hold form.
        LosingForm,
    }
}

vocabulary! {
    /// A self-treatment technique or exercise.
    pub enum Exercise {
        /// A heat pack before release or stretching.
        Heat,
        /// A wrapped cold pack to calm a new flare.
        Cold,
        /// Finding the tender spots by hand in a figure-four.
        FindTheSpots,
        /// Steady pressure with thumb or knuckles (ischemic compression).
        HandPressure,
        /// Release on a foam roller.
        FoamRollerRelease,
        /// Release on a tennis or lacrosse ball.
        BallRelease,
        /// Release with a massage stick.
        MassageStickRelease,
        /// Figure-four stretch lying on the back.
        FigureFourStretch,
        /// Piriformis stretch sitting on a chair.
        SeatedStretch,
        /// Standing hip circles.
        HipCircles,
        /// Pelvic tilts lying on the back.
        PelvicTilts,
        /// Glute bridges.
        GluteBridge,
        /// Clamshells.
        Clamshell,
        /// Side steps against a band.
        LateralBandWalk,
        /// Front plank.
        Plank,
        /// Side plank.
        SidePlank,
    }
}

vocabulary! {
    /// An everyday habit that takes load off the piriformis.
    pub enum Habit {
        /// Break up long sitting.
        BreakUpSitting,
        /// Don't sit with crossed legs.
        UncrossLegs,
        /// Take the wallet out of the back pocket.
        WalletOut,
        /// Sit on a supportive seat and set up the desk.
        SetUpYourSeat,
        /// Lift, squat and walk with good form.
        MoveWell,
    }
}

/// What the stop cue means, in plain words.
impl StopCue {
    /// The cue as shown to the user.
    pub const fn text(self) -> &'static str {
        match self {
            Self::SharpPain => {
                "Stop if the pain turns sharp. Aim for a tolerable \"good hurt\", never sharp pain."
            }
            Self::StrongLegPain => "Stop if strong pain runs down your leg.",
            Self::NumbnessOrTinglingIncreases => {
                "Ease off at once if numbness or tingling starts or grows."
            }
            Self::NerveLikePain => "Back off if you feel electric, shooting, nerve-like pain.",
            Self::SkinTooHotColdOrNumb => {
                "Take it off at once if the skin feels too hot, too cold or numb. Never put heat or cold on skin that is already numb."
            }
            Self::LosingForm => {
                "Stop the set when you can no longer keep your back and pelvis steady."
            }
        }
    }
}

/// How an exercise is adapted when there are nerve symptoms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "advice", content = "how")]
pub enum NerveAdvice {
    /// No change needed.
    AsUsual,
    /// Do it gently, as described.
    Gentle(&'static str),
}

/// One technique or exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct ExerciseRecord {
    /// Its id.
    pub id: Exercise,
    /// Plain name.
    pub name: &'static str,
    /// What it does, in one line.
    pub purpose: &'static str,
    /// Its stage in a session.
    pub stage: Stage,
    /// The equipment it needs, if any beyond hands, floor and a wall or chair.
    pub equipment: Option<Equipment>,
    /// The starting position.
    pub position: Position,
    /// Step-by-step how-to.
    pub steps: &'static [&'static str],
    /// The dose, as a range: low end in a flare or at first, high end with progress.
    pub dosage: Dosage,
    /// Where the dose comes from, or why the project chose it.
    pub dosage_basis: &'static str,
    /// What it should feel like.
    pub feel: &'static str,
    /// When to stop or ease off.
    pub stop_if: &'static [StopCue],
    /// Which phases it suits.
    pub fits: &'static [Phase],
    /// How to adapt with nerve symptoms.
    pub with_nerve_symptoms: NerveAdvice,
    /// Seconds to get into position, used for time estimates.
    pub setup_seconds: u16,
    /// The muscles it works on.
    pub targets: &'static [Muscle],
    /// How to progress it as you improve.
    pub progression: &'static str,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// A habit record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct HabitRecord {
    /// Its id.
    pub id: Habit,
    /// What to do.
    pub advice: &'static str,
    /// Why it helps.
    pub why: &'static str,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

/// A tool record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, get_all, module = "piriformis")
)]
pub struct EquipmentRecord {
    /// Its id.
    pub id: Equipment,
    /// Plain name.
    pub name: &'static str,
    /// What it is good for and what to choose.
    pub advice: &'static str,
    /// Where the facts come from.
    pub sources: &'static [Source],
}

const BOTH: &[Phase] = &[Phase::NewFlare, Phase::ChronicTightness];
const CHRONIC: &[Phase] = &[Phase::ChronicTightness];
const PIRI: &[Muscle] = &[Muscle::Piriformis];
const RELEASE_STOPS: &[StopCue] = &[
    StopCue::SharpPain,
    StopCue::StrongLegPain,
    StopCue::NumbnessOrTinglingIncreases,
    StopCue::NerveLikePain,
];
const STRETCH_STOPS: &[StopCue] = &[StopCue::SharpPain, StopCue::NumbnessOrTinglingIncreases];
const STRENGTH_STOPS: &[StopCue] = &[
    StopCue::SharpPain,
    StopCue::NumbnessOrTinglingIncreases,
    StopCue::LosingForm,
];
const GOOD_HURT: &str = "Firm but tolerable pressure: a \"good hurt\" that eases as the spot softens, never sharp pain. In a new flare, or just after cold, light pressure only.";
const GENTLE_PRESSURE: NerveAdvice = NerveAdvice::Gentle(
    "Light pressure only: use your hand, or a ball held against a wall while you stand, not your body weight on a ball or roller. Stay off any spot that tingles or sends pain down the leg, and ease off at once if numbness or tingling grows.",
);
/// Where the sciatic nerve runs, in plain words: in every step that presses
/// on the buttock.
const NERVE_WHERE: &str = "Take care in the middle of the buttock: the sciatic nerve leaves the pelvis there, under the muscle, and runs down the back of the thigh, between the sit bone and the bony bump on the outside of the hip. Press gently there, and move off any spot that tingles, burns or sends a jolt down the leg.";
/// Light pressure only in a flare or straight after cold, once feeling is back.
const AFTER_COLD: &str = "In a new flare, or just after cold: wait until the skin feels normal again, then use light pressure only.";
const GENTLE_STRETCH: NerveAdvice = NerveAdvice::Gentle(
    "Stretch only to a mild pull, at the low end of the hold, and stop if tingling or numbness appears.",
);
const COMPRESSION_BASIS: &str = "Guide: hold 30-90 s or until the tightness eases, a few times per point. A 2019 trial in the shoulder muscle found 90 s better than 30 s; Gemmell 2008 used 30-60 s. A 2022 review found that steady pressure raised how much pressure a spot can take before it hurts, but did not lower reported pain.";
const COMPRESSION_SOURCES: &[Source] = &[
    Source::Guide(ManualTherapy),
    Source::Guide(FoamRollingAndBall),
    Source::Cited(Compression2019),
    Source::Cited(Gemmell2008),
    Source::Cited(Compression2022),
];
const STRETCH_BASIS: &str = "Guide: hold 20-30 s, 2-3 times per side. Bandy 1997: 30 s is enough and longer adds nothing; keeping gains needs 3 or more sessions a week (Reid 2014).";
const STRENGTH_BASIS: &str = "The guide gives no count. Project default: 10-15 slow reps, 2-3 sets, 3 days a week, the same rep range as the guide's mobility drills.";
const RELEASE_PROGRESSION: &str =
    "Hold toward 90 s, or use a firmer tool (lacrosse ball rather than tennis ball).";

impl Exercise {
    /// The record for this exercise.
    pub const fn record(self) -> &'static ExerciseRecord {
        match self {
            Self::Heat => &HEAT,
            Self::Cold => &COLD,
            Self::FindTheSpots => &FIND,
            Self::HandPressure => &HAND,
            Self::FoamRollerRelease => &ROLLER,
            Self::BallRelease => &BALL,
            Self::MassageStickRelease => &STICK,
            Self::FigureFourStretch => &FIGURE_FOUR,
            Self::SeatedStretch => &SEATED,
            Self::HipCircles => &CIRCLES,
            Self::PelvicTilts => &TILTS,
            Self::GluteBridge => &BRIDGE,
            Self::Clamshell => &CLAM,
            Self::LateralBandWalk => &BAND_WALK,
            Self::Plank => &PLANK,
            Self::SidePlank => &SIDE_PLANK,
        }
    }
}

const HEAT: ExerciseRecord = ExerciseRecord {
    id: Exercise::Heat,
    name: "Heat",
    purpose: "Brings blood flow and relaxes the muscle before release or stretching. Best for ongoing tightness and stiffness.",
    stage: Stage::Prepare,
    equipment: Some(Equipment::HeatPack),
    position: Position::Any,
    steps: &[
        "First touch the skin of the sore buttock: if it feels numb or duller than the other side, do not use heat.",
        "Warm a heat pack until it feels warm, not hot; moist heat works well. A warm bath or a heat lamp also works.",
        "Put a thin cloth between the pack and your skin.",
        "Rest the pack on the sore buttock while you lie on your front or on your side. Never lie or sit on the pack.",
        "Check the skin every 5 minutes; take the pack off if the skin is red and blotchy or feels too hot.",
        "Go straight on to release or stretching while the muscle is warm.",
    ],
    dosage: Dosage::new(Laterality::SoreSide, Frequency::AsNeeded).minutes(15, 20),
    dosage_basis: "Guide: 15-20 minutes before massage or stretching. No guideline sets a duration; continuous low-level heat (about 40 °C / 104 °F) helps low back pain (Freiwald 2021). Checking the skin every 5 minutes is a project default.",
    feel: "Comfortably warm, never hot.",
    stop_if: &[StopCue::SkinTooHotColdOrNumb],
    fits: CHRONIC,
    with_nerve_symptoms: NerveAdvice::Gentle(
        "Do not use heat on skin that is numb or tingling: you may not feel a burn.",
    ),
    setup_seconds: 60,
    targets: PIRI,
    progression: "No progression: the dose stays the same.",
    sources: &[
        Source::Guide(HeatAndCold),
        Source::Guide(Tools),
        Source::Cited(Freiwald2021),
        Source::Cited(Nhs111Wales),
        Source::ProjectDefault,
    ],
};

const COLD: ExerciseRecord = ExerciseRecord {
    id: Exercise::Cold,
    name: "Cold",
    purpose: "Calms irritation and numbs pain in a new flare-up or when there is swelling.",
    stage: Stage::Prepare,
    equipment: Some(Equipment::ColdPack),
    position: Position::Any,
    steps: &[
        "First touch the skin of the sore buttock: if it already feels numb, do not use cold.",
        "Wrap a cold pack in a thin towel; never put it straight on the skin.",
        "Rest it on the sore buttock.",
        "Take it off as soon as the skin feels numb, or at 15 minutes, whichever comes first.",
        "Afterwards, wait until the skin feels normal again, then do a gentle stretch or light massage only.",
    ],
    dosage: Dosage::new(Laterality::SoreSide, Frequency::AsNeeded).minutes(10, 15),
    dosage_basis: "Guide: 10-15 minutes. A review found no best cold method or duration (Bleakley 2004); short repeated icing beat one 20-minute block for pain on activity (Bleakley 2006). Taking it off at the first numbness is a project default.",
    feel: "Cold, then an ache that fades; take it off once the skin starts to feel numb.",
    stop_if: &[StopCue::SkinTooHotColdOrNumb],
    fits: &[Phase::NewFlare],
    with_nerve_symptoms: NerveAdvice::Gentle(
        "Skip cold on skin that already feels numb or tingling. Otherwise check the skin every few minutes and take the pack off at the first numbness.",
    ),
    setup_seconds: 30,
    targets: PIRI,
    progression: "No progression: the dose stays the same.",
    sources: &[
        Source::Guide(HeatAndCold),
        Source::Guide(Tools),
        Source::Cited(Bleakley2004),
        Source::Cited(Bleakley2006),
        Source::ProjectDefault,
    ],
};

const FIND: ExerciseRecord = ExerciseRecord {
    id: Exercise::FindTheSpots,
    name: "Find the sore spots",
    purpose: "Locates the tender spots to work on. You don't need the exact muscle, just the tight, tender spots in the area.",
    stage: Stage::Locate,
    equipment: None,
    position: Position::LyingOnBack,
    steps: &[
        "Lie on your back with knees bent and feet flat.",
        "Cross the ankle of the sore side over the other knee (a figure-four). This opens up the area.",
        "With fingers or knuckles, press into the deep buttock between the sacrum (the flat bone at the base of the spine) and the bony bump on the outside of the hip.",
        "Check the three usual spots: near the sacrum, the middle, and near the hip bump.",
        NERVE_WHERE,
        "Start light and press deeper only if it feels safe. Note the spots that feel tight or bring on your usual pain.",
    ],
    dosage: Dosage::new(Laterality::SoreSide, Frequency::AsNeeded).minutes(1, 2),
    dosage_basis: "Project default: a minute or two to check the three zones.",
    feel: "Tight bands or small tender lumps that may bring on your usual pain.",
    stop_if: RELEASE_STOPS,
    fits: BOTH,
    with_nerve_symptoms: GENTLE_PRESSURE,
    setup_seconds: 20,
    targets: PIRI,
    progression: "With practice the spots get easier to find.",
    sources: &[Source::Guide(SelfAssessment), Source::Guide(Locations)],
};

const HAND: ExerciseRecord = ExerciseRecord {
    id: Exercise::HandPressure,
    name: "Hand pressure release",
    purpose: "Steady pressure on a tender spot helps the muscle let go (ischemic compression).",
    stage: Stage::Release,
    equipment: None,
    position: Position::LyingOnBack,
    steps: &[
        "Stay in the figure-four position, or lie on your side.",
        NERVE_WHERE,
        "Press the tender spot firmly with your thumb or knuckles, to a tolerable \"good hurt\".",
        AFTER_COLD,
        "Hold steady until the tightness eases; small circles over the spot also help.",
        "Let go, rest a few seconds, and repeat on the same spot, then move to the next spot.",
    ],
    dosage: Dosage::new(Laterality::SoreSide, Frequency::Daily)
        .hold(30, 90)
        .reps(2, 3),
    dosage_basis: COMPRESSION_BASIS,
    feel: GOOD_HURT,
    stop_if: RELEASE_STOPS,
    fits: BOTH,
    with_nerve_symptoms: GENTLE_PRESSURE,
    setup_seconds: 15,
    targets: PIRI,
    progression: "Hold toward 90 s as the spot tolerates it.",
    sources: COMPRESSION_SOURCES,
};

const ROLLER: ExerciseRecord = ExerciseRecord {
    id: Exercise::FoamRollerRelease,
    name: "Foam roller release",
    purpose: "Steady pressure without tiring your hands.",
    stage: Stage::Release,
    equipment: Some(Equipment::FoamRoller),
    position: Position::SittingOnFloor,
    steps: &[
        "Sit on the roller with it under the sore buttock, hands on the floor behind you.",
        "Cross that ankle over the other knee.",
        NERVE_WHERE,
        "Roll slowly to find a tender spot. Take weight through your hands to make the pressure lighter.",
        AFTER_COLD,
        "Stop on it and hold until it softens, then find the next one.",
    ],
    dosage: Dosage::new(Laterality::SoreSide, Frequency::Daily)
        .hold(30, 90)
        .reps(2, 3),
    dosage_basis: "Guide: pause on each spot 30-90 s until it softens. No study of roller holds on the buttock was found; the hold times are the guide's.",
    feel: GOOD_HURT,
    stop_if: RELEASE_STOPS,
    fits: BOTH,
    with_nerve_symptoms: NerveAdvice::Gentle(
        "Skip the roller: lying on it cannot give light enough pressure. Use your hand, or a ball held against a wall while you stand, with light pressure only.",
    ),
    setup_seconds: 20,
    targets: PIRI,
    progression: RELEASE_PROGRESSION,
    sources: COMPRESSION_SOURCES,
};

const BALL: ExerciseRecord = ExerciseRecord {
    id: Exercise::BallRelease,
    name: "Ball release",
    purpose: "Pinpoint pressure on deep spots; you control it with your weight.",
    stage: Stage::Release,
    equipment: Some(Equipment::Ball),
    position: Position::LyingOnBack,
    steps: &[
        "Put a tennis or lacrosse ball under the sore buttock, lying down, or between the buttock and a wall while you stand.",
        NERVE_WHERE,
        "Lean into it and shift your weight to set the pressure; against a wall it is easier to keep it light.",
        AFTER_COLD,
        "Hold steady on a tender spot, or make small circles.",
        "Move to the next spot when it softens.",
    ],
    dosage: Dosage::new(Laterality::SoreSide, Frequency::Daily)
        .hold(30, 90)
        .reps(2, 3),
    dosage_basis: COMPRESSION_BASIS,
    feel: GOOD_HURT,
    stop_if: RELEASE_STOPS,
    fits: BOTH,
    with_nerve_symptoms: GENTLE_PRESSURE,
    setup_seconds: 15,
    targets: PIRI,
    progression: RELEASE_PROGRESSION,
    sources: COMPRESSION_SOURCES,
};

const STICK: ExerciseRecord = ExerciseRecord {
    id: Exercise::MassageStickRelease,
    name: "Massage stick release",
    purpose: "Reaches tight spots with less strain on your hands.",
    stage: Stage::Release,
    equipment: Some(Equipment::MassageStick),
    position: Position::Standing,
    steps: &[
        "Hook or place the tip of the stick on the tender spot.",
        NERVE_WHERE,
        "Pull or push to set a firm, tolerable pressure.",
        AFTER_COLD,
        "Hold until the spot softens, then move on.",
    ],
    dosage: Dosage::new(Laterality::SoreSide, Frequency::Daily)
        .hold(30, 90)
        .reps(2, 3),
    dosage_basis: COMPRESSION_BASIS,
    feel: GOOD_HURT,
    stop_if: RELEASE_STOPS,
    fits: BOTH,
    with_nerve_symptoms: NerveAdvice::Gentle(
        "Light pressure only: you set it with your arms. Stay off any spot that tingles or sends pain down the leg, and ease off at once if numbness or tingling grows.",
    ),
    setup_seconds: 15,
    targets: PIRI,
    progression: "Hold toward 90 s as the spot tolerates it.",
    sources: &[
        Source::Guide(Tools),
        Source::Guide(ManualTherapy),
        Source::Cited(Compression2019),
    ],
};

const FIGURE_FOUR: ExerciseRecord = ExerciseRecord {
    id: Exercise::FigureFourStretch,
    name: "Figure-four stretch (lying)",
    purpose: "Stretches the piriformis after release to keep it relaxed and improve blood flow.",
    stage: Stage::Stretch,
    equipment: None,
    position: Position::LyingOnBack,
    steps: &[
        "Lie on your back with knees bent and feet flat.",
        "Start with your sore side (the sorer one if both hurt): cross the ankle of that leg over the knee of the other leg.",
        "Hold the thigh of the other leg and draw it toward your chest until you feel a stretch deep in the buttock of the crossed leg.",
        "Hold and breathe, then let go slowly.",
        "Repeat, then do the same with the other leg crossed.",
    ],
    dosage: Dosage::new(Laterality::PerSide, Frequency::Daily)
        .hold(20, 30)
        .reps(2, 3),
    dosage_basis: STRETCH_BASIS,
    feel: "A slow, steady pull deep in the buttock.",
    stop_if: STRETCH_STOPS,
    fits: BOTH,
    with_nerve_symptoms: GENTLE_STRETCH,
    setup_seconds: 15,
    targets: PIRI,
    progression: "Hold toward 30 s and do 3 rounds per side.",
    sources: &[
        Source::Guide(Stretches),
        Source::Cited(Bandy1997),
        Source::Cited(Reid2014),
    ],
};

const SEATED: ExerciseRecord = ExerciseRecord {
    id: Exercise::SeatedStretch,
    name: "Seated piriformis stretch",
    purpose: "The same stretch on a chair, handy at work.",
    stage: Stage::Stretch,
    equipment: None,
    position: Position::SittingOnChair,
    steps: &[
        "Sit tall with both feet flat.",
        "Start with your sore side (the sorer one if both hurt): cross the ankle of that leg over the knee of the other leg.",
        "Keep your back straight and lean forward from the hips until you feel a stretch in the buttock of the crossed leg.",
        "Hold, then sit up slowly. Repeat, then do the same with the other leg crossed.",
    ],
    dosage: Dosage::new(Laterality::PerSide, Frequency::Daily)
        .hold(20, 30)
        .reps(2, 3),
    dosage_basis: STRETCH_BASIS,
    feel: "A slow, steady pull deep in the buttock.",
    stop_if: STRETCH_STOPS,
    fits: BOTH,
    with_nerve_symptoms: GENTLE_STRETCH,
    setup_seconds: 10,
    targets: PIRI,
    progression: "Hold toward 30 s and do 3 rounds per side.",
    sources: &[
        Source::Guide(Stretches),
        Source::Cited(Bandy1997),
        Source::Cited(Reid2014),
    ],
};

const CIRCLES: ExerciseRecord = ExerciseRecord {
    id: Exercise::HipCircles,
    name: "Hip circles",
    purpose: "Keeps the hip moving smoothly with its neighbours.",
    stage: Stage::Mobility,
    equipment: None,
    position: Position::Standing,
    steps: &[
        "Stand, holding a wall or chair for balance if needed.",
        "Lift one leg a little and draw small circles with your knee.",
        "Circle one way, then the other.",
        "Switch legs.",
    ],
    dosage: Dosage::new(Laterality::PerSideEachDirection, Frequency::Daily).reps(10, 15),
    dosage_basis: "Guide: 10-15 circles each way, each leg.",
    feel: "Easy, smooth movement.",
    stop_if: STRETCH_STOPS,
    fits: BOTH,
    with_nerve_symptoms: NerveAdvice::Gentle("Keep the circles small."),
    setup_seconds: 10,
    targets: &[Muscle::Piriformis, Muscle::GluteusMedius],
    progression: "Work up to 15 each way; make the circles a little bigger.",
    sources: &[Source::Guide(Mobility)],
};

const TILTS: ExerciseRecord = ExerciseRecord {
    id: Exercise::PelvicTilts,
    name: "Pelvic tilts",
    purpose: "Gentle pelvic movement that eases the low back and hips.",
    stage: Stage::Mobility,
    equipment: None,
    position: Position::LyingOnBack,
    steps: &[
        "Lie on your back with knees bent and feet flat.",
        "Tighten your belly to flatten your low back into the floor.",
        "Then gently arch your low back.",
        "Move slowly between the two.",
    ],
    dosage: Dosage::new(Laterality::Whole, Frequency::Daily).reps(10, 15),
    dosage_basis: "Guide: 10-15 slow reps.",
    feel: "Easy, slow movement.",
    stop_if: STRETCH_STOPS,
    fits: BOTH,
    with_nerve_symptoms: NerveAdvice::AsUsual,
    setup_seconds: 10,
    targets: &[Muscle::Core],
    progression: "Work up to 15 slow reps.",
    sources: &[Source::Guide(Mobility)],
};

const BRIDGE: ExerciseRecord = ExerciseRecord {
    id: Exercise::GluteBridge,
    name: "Glute bridge",
    purpose: "Strengthens the gluteus maximus so the piriformis does less.",
    stage: Stage::Strengthen,
    equipment: None,
    position: Position::LyingOnBack,
    steps: &[
        "Lie on your back, knees bent, feet hip-width apart.",
        "Squeeze your buttocks and lift your hips until shoulders, hips and knees are in a straight line.",
        "Hold briefly at the top.",
        "Lower slowly.",
    ],
    dosage: Dosage::new(Laterality::Whole, Frequency::DaysPerWeek { days: 3 })
        .reps(10, 15)
        .sets(2, 3),
    dosage_basis: STRENGTH_BASIS,
    feel: "Work in the buttocks, not the low back.",
    stop_if: STRENGTH_STOPS,
    fits: CHRONIC,
    with_nerve_symptoms: NerveAdvice::AsUsual,
    setup_seconds: 10,
    targets: &[Muscle::GluteusMaximus],
    progression: "More reps, then a third set; later a band above the knees.",
    sources: &[Source::Guide(Strengthening)],
};

const CLAM: ExerciseRecord = ExerciseRecord {
    id: Exercise::Clamshell,
    name: "Clamshell",
    purpose: "Strengthens the gluteus medius on the side of the hip.",
    stage: Stage::Strengthen,
    equipment: None,
    position: Position::LyingOnSide,
    steps: &[
        "Lie on your side with knees bent to about 45 degrees.",
        "Keep your feet together and lift the top knee.",
        "Keep the pelvis still: don't roll back.",
        "Lower slowly, then switch sides.",
    ],
    dosage: Dosage::new(Laterality::PerSide, Frequency::DaysPerWeek { days: 3 })
        .reps(10, 15)
        .sets(2, 3),
    dosage_basis: STRENGTH_BASIS,
    feel: "Work on the side of the hip.",
    stop_if: STRENGTH_STOPS,
    fits: CHRONIC,
    with_nerve_symptoms: NerveAdvice::AsUsual,
    setup_seconds: 10,
    targets: &[Muscle::GluteusMedius],
    progression: "More reps, then a band above the knees, then a stronger band.",
    sources: &[Source::Guide(Strengthening)],
};

const BAND_WALK: ExerciseRecord = ExerciseRecord {
    id: Exercise::LateralBandWalk,
    name: "Side steps with a band",
    purpose: "Strengthens the side-of-hip muscles that steady the pelvis.",
    stage: Stage::Strengthen,
    equipment: Some(Equipment::ResistanceBand),
    position: Position::Standing,
    steps: &[
        "Put a band around your ankles or just above your knees.",
        "Bend your knees a little.",
        "Take small steps to the side, keeping the band tight.",
        "Step back the other way.",
    ],
    dosage: Dosage::new(
        Laterality::PerSideEachDirection,
        Frequency::DaysPerWeek { days: 3 },
    )
    .reps(10, 15)
    .sets(2, 3),
    dosage_basis: STRENGTH_BASIS,
    feel: "Work on the side of the hips.",
    stop_if: STRENGTH_STOPS,
    fits: CHRONIC,
    with_nerve_symptoms: NerveAdvice::AsUsual,
    setup_seconds: 20,
    targets: &[Muscle::GluteusMedius],
    progression: "More steps, then a stronger band (bands come in sets of levels).",
    sources: &[Source::Guide(Strengthening), Source::Guide(Tools)],
};

const PLANK: ExerciseRecord = ExerciseRecord {
    id: Exercise::Plank,
    name: "Plank",
    purpose: "Core strength that keeps the pelvis steady.",
    stage: Stage::Strengthen,
    equipment: None,
    position: Position::Plank,
    steps: &[
        "Lie face down, then lift onto forearms and toes (or knees, to make it easier).",
        "Keep a straight line from head to heels; don't let the hips sag.",
        "Breathe steadily and hold.",
    ],
    dosage: Dosage::new(Laterality::Whole, Frequency::DaysPerWeek { days: 3 })
        .hold(20, 30)
        .reps(2, 3),
    dosage_basis: "The guide gives no hold time. Project default: 20-30 s holds, 2-3 times, 3 days a week.",
    feel: "Work in the belly and trunk.",
    stop_if: STRENGTH_STOPS,
    fits: CHRONIC,
    with_nerve_symptoms: NerveAdvice::AsUsual,
    setup_seconds: 10,
    targets: &[Muscle::Core],
    progression: "Longer holds, then from knees to toes.",
    sources: &[Source::Guide(Posture)],
};

const SIDE_PLANK: ExerciseRecord = ExerciseRecord {
    id: Exercise::SidePlank,
    name: "Side plank",
    purpose: "Side-of-trunk and hip strength that steadies the pelvis.",
    stage: Stage::Strengthen,
    equipment: None,
    position: Position::LyingOnSide,
    steps: &[
        "Lie on your side, propped on your forearm, knees bent (easier) or legs straight.",
        "Lift your hips so your body makes a straight line.",
        "Hold, lower, then switch sides.",
    ],
    dosage: Dosage::new(Laterality::PerSide, Frequency::DaysPerWeek { days: 3 })
        .hold(20, 30)
        .reps(2, 3),
    dosage_basis: "The guide gives no hold time. Project default: 20-30 s holds, 2-3 times per side, 3 days a week.",
    feel: "Work along the side of the trunk and hip.",
    stop_if: STRENGTH_STOPS,
    fits: CHRONIC,
    with_nerve_symptoms: NerveAdvice::AsUsual,
    setup_seconds: 10,
    targets: &[Muscle::Core, Muscle::GluteusMedius],
    progression: "Longer holds, then from knees to straight legs.",
    sources: &[Source::Guide(Posture)],
};

impl Habit {
    /// The record for this habit.
    pub const fn record(self) -> &'static HabitRecord {
        match self {
            Self::BreakUpSitting => &HabitRecord {
                id: Self::BreakUpSitting,
                advice: "Get up and move every so often; avoid long spells of sitting.",
                why: "Long sitting presses on the muscle and cuts its blood flow.",
                sources: &[Source::Guide(Posture), Source::Guide(Causes)],
            },
            Self::UncrossLegs => &HabitRecord {
                id: Self::UncrossLegs,
                advice: "Sit with both feet on the floor rather than legs crossed.",
                why: "Crossed legs keep the piriformis under tension.",
                sources: &[Source::Guide(Posture), Source::Guide(Causes)],
            },
            Self::WalletOut => &HabitRecord {
                id: Self::WalletOut,
                advice: "Take a thick wallet out of your back pocket before you sit.",
                why: "It presses on the muscle the whole time you sit.",
                sources: &[Source::Guide(Causes)],
            },
            Self::SetUpYourSeat => &HabitRecord {
                id: Self::SetUpYourSeat,
                advice: "Set up your workspace so you sit well; avoid hard or uneven seats; don't slouch.",
                why: "Good seating takes steady pressure and tension off the muscle.",
                sources: &[Source::Guide(Posture), Source::Guide(Causes)],
            },
            Self::MoveWell => &HabitRecord {
                id: Self::MoveWell,
                advice: "Learn safe ways to lift, squat and walk; a physical therapist can spot and correct habits.",
                why: "Good patterns cut strain on the hip and low back.",
                sources: &[Source::Guide(Posture)],
            },
        }
    }
}

impl Equipment {
    /// The record for this piece of equipment.
    pub const fn record(self) -> &'static EquipmentRecord {
        const TOOLS: &[Source] = &[Source::Guide(Tools)];
        match self {
            Self::FoamRoller => &EquipmentRecord {
                id: Self::FoamRoller,
                name: "Foam roller",
                advice: "Medium density is a good start for the glutes and hips.",
                sources: TOOLS,
            },
            Self::Ball => &EquipmentRecord {
                id: Self::Ball,
                name: "Tennis or lacrosse ball",
                advice: "Pinpoint pressure on deep spots; a lacrosse ball is firmer than a tennis ball.",
                sources: TOOLS,
            },
            Self::MassageStick => &EquipmentRecord {
                id: Self::MassageStick,
                name: "Massage stick or hooked cane",
                advice: "Reaches tight spots with less strain on the hands.",
                sources: TOOLS,
            },
            Self::ResistanceBand => &EquipmentRecord {
                id: Self::ResistanceBand,
                name: "Resistance bands",
                advice: "For glute and hip strength work; get a set with several levels so you can progress.",
                sources: TOOLS,
            },
            Self::HeatPack => &EquipmentRecord {
                id: Self::HeatPack,
                name: "Moist heat pack",
                advice: "Warms the area before or after massage and stretching.",
                sources: &[Source::Guide(Tools), Source::Guide(HeatAndCold)],
            },
            Self::ColdPack => &EquipmentRecord {
                id: Self::ColdPack,
                name: "Cold pack",
                advice: "Calms new flare-ups and swelling. Always wrap it.",
                sources: &[Source::Guide(Tools), Source::Guide(HeatAndCold)],
            },
        }
    }
}
