// Kotlin tests of the piriformis bindings: the shared triage vectors and every
// exported function, bad input included. Run by scripts/test-bindings.sh.
import org.piriformis.*
import org.piriformis.core.*
import java.io.File

// ---- a minimal JSON reader and writer, enough for the vector file ----
class Json(private val s: String) {
    private var i = 0
    fun parse(): Any? { val v = value(); ws(); return v }
    private fun ws() { while (i < s.length && s[i].isWhitespace()) i++ }
    private fun value(): Any? {
        ws()
        return when (s[i]) {
            '{' -> { i++; val m = LinkedHashMap<String, Any?>(); ws()
                if (s[i] == '}') { i++; return m }
                while (true) { ws(); val k = str(); ws(); i++; m[k] = value(); ws(); if (s[i++] == '}') break }
                m }
            '[' -> { i++; val l = ArrayList<Any?>(); ws()
                if (s[i] == ']') { i++; return l }
                while (true) { l.add(value()); ws(); if (s[i++] == ']') break }
                l }
            '"' -> str()
            't' -> { i += 4; true }
            'f' -> { i += 5; false }
            'n' -> { i += 4; null }
            else -> { val st = i; while (i < s.length && (s[i].isDigit() || s[i] in "+-.eE")) i++; s.substring(st, i).toDouble() }
        }
    }
    private fun str(): String {
        val b = StringBuilder(); i++
        while (s[i] != '"') {
            if (s[i] == '\\') { i++; when (s[i]) { 'n' -> b.append('\n'); 't' -> b.append('\t'); 'u' -> { b.append(s.substring(i + 1, i + 5).toInt(16).toChar()); i += 4 }; else -> b.append(s[i]) } }
            else b.append(s[i])
            i++
        }
        i++; return b.toString()
    }
}

fun toJson(v: Any?): String = when (v) {
    null -> "null"
    is String -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
    is Double -> if (v == Math.floor(v) && !v.isInfinite()) v.toLong().toString() else v.toString()
    is Boolean -> v.toString()
    is Map<*, *> -> v.entries.joinToString(",", "{", "}") { toJson(it.key) + ":" + toJson(it.value) }
    is List<*> -> v.joinToString(",", "[", "]") { toJson(it) }
    else -> error("unexpected $v")
}

// ---- ids and ranges, from the library's own lists ----
// Every vocabulary with its ids in declaration order, which is the order of
// the Kotlin enum's constants: a constant's JSON id is found by its ordinal.
val vocabularyList = vocabularies()
val idsByName = vocabularyList.associate { v -> v.name to v.values.map { it.id } }
fun id(value: Enum<*>): String = idsByName.getValue(value.declaringJavaClass.simpleName)[value.ordinal]
val rangeByName = ranges().associateBy { it.name }
fun allowed(range: String): String = rangeByName.getValue(range).allowed

var passed = 0
val failures = ArrayList<String>()
fun check(name: String, ok: Boolean, detail: () -> String = { "" }) {
    if (ok) passed++ else failures.add("$name: ${detail()}")
}

/** The disposition that red flags answered "present" still need, as its JSON id. */
fun atLeast(ex: PiriformisException): String? = when (ex) {
    is PiriformisException.InvalidInput -> ex.atLeast?.let { id(it) }
    is PiriformisException.Contradiction -> ex.atLeast?.let { id(it) }
    else -> null
}

fun errorParts(ex: PiriformisException): Pair<String?, String> = when (ex) {
    is PiriformisException.InvalidInput -> ex.field to ex.reason
    is PiriformisException.Contradiction -> ex.field to ex.reason
    is PiriformisException.CareNeededFirst -> null to ex.reason
}

// ---- the shared vectors ----
val vectors = Json(File(args[0]).readText()).parse() as Map<*, *>
for (case in vectors["cases"] as List<*>) {
    case as Map<*, *>
    val name = case["name"] as String
    val input = toJson(case["input"])
    val expectError = case["expect_error"] as Map<*, *>?
    val policy = TriagePolicy.values().first { id(it) == ((case["policy"] as String?) ?: "self_check") }
    try {
        val r = triageFromJson(input, policy)
        check("$name policy", r.policy == policy)
        // The verdict follows from the evidence each way.
        val (p, sp) = r.likelySource.piriformis.isNotEmpty() to r.likelySource.spinal.isNotEmpty()
        val verdict = if (p) (if (sp) LikelySource.MIXED else LikelySource.PIRIFORMIS) else (if (sp) LikelySource.SPINAL else LikelySource.UNCLEAR)
        check("$name evidence", r.likelySource.verdict == verdict) { r.likelySource.toString() }
        if (expectError != null) { check(name, false) { "expected an error, got ${r.disposition}" }; continue }
        val e = case["expect"] as Map<*, *>
        check("$name disposition", id(r.disposition) == e["disposition"]) { r.disposition.name }
        val fired = r.fired.map { id(it.id) }.sorted()
        check("$name fired", fired == (e["fired"] as List<*>)) { fired.toString() }
        check("$name provisional", r.provisional == e["provisional"])
        e["likely_source"]?.let { check("$name source", id(r.likelySource.verdict) == it) { r.likelySource.verdict.name } }
        (e["unanswered"] as List<*>?)?.let { want -> check("$name unanswered", r.unanswered.map { id(it) } == want) }
        (e["unanswered_nerve"] as List<*>?)?.let { want -> check("$name unanswered nerve", r.unansweredNerve.map { id(it) } == want) }
        (e["cautions_include"] as List<*>?)?.forEach { c -> check("$name caution $c", r.cautions.any { id(it.id) == c }) }
        check("$name notice", r.notice.contains("not medical advice"))
    } catch (ex: PiriformisException) {
        if (expectError == null) { check(name, false) { "unexpected error ${ex}" }; continue }
        val (field, reason) = errorParts(ex)
        check("$name error field", field == expectError["field"] as String?) { "$field" }
        if (expectError.containsKey("at_least")) check("$name at least", atLeast(ex) == expectError["at_least"]) { "${atLeast(ex)}" }
        (expectError["message_contains"] as String?)?.let { check("$name message", reason.contains(it)) { reason } }
    }
}

// ---- every exported function ----
val assessment = Assessment(
    side = Side.RIGHT, painNow = 4, painRegions = listOf(BodyRegion.BUTTOCK), painQualities = listOf(PainQuality.ACHING),
    worseWith = listOf(Aggravator.HARD_SURFACE, Aggravator.CROSSING_LEGS), tenderAreas = listOf(TenderArea.DEEP_BUTTOCK),
    nerve = NerveSymptoms(NerveStatus.ABSENT, NerveStatus.STABLE, NerveStatus.ABSENT, Legs.ONE),
    // Every main question "no"; the follow-ups (asked only after a "yes") left unanswered.
    redFlags = RedFlag.values().filter { it != RedFlag.CAUDA_EQUINA_SIGNS_RECENT && it != RedFlag.RECENT_CHEMOTHERAPY }.associateWith { Answer.ABSENT },
    afterFallOrAccident = Answer.ABSENT, selfCareWeeks = 1, selfCareHelped = Answer.UNKNOWN, keepsComingBack = Answer.ABSENT,
)
val t = triage(assessment)
check("triage typed", t.disposition == Disposition.SELF_CARE && t.likelySource.verdict == LikelySource.PIRIFORMIS && !t.provisional) { t.toString() }
check("triage cautions", t.cautions.any { it.id == Caution.NERVE_SYMPTOMS_GENTLE })
check("triage sources", t.fired.all { it.sources.isNotEmpty() && it.sourceTexts.size == it.sources.size && it.sourceTexts.all { s -> s.isNotEmpty() } })
// The evidence behind the likely source: each reported feature, typed.
check("triage piriformis evidence", t.likelySource.piriformis == listOf(Evidence.WorseWith(Aggravator.HARD_SURFACE),
    Evidence.WorseWith(Aggravator.CROSSING_LEGS), Evidence.Tender(TenderArea.DEEP_BUTTOCK))) { t.likelySource.toString() }
check("triage spinal evidence none", t.likelySource.spinal.isEmpty())
check("triage explanation", t.likelySource.explanation.contains("3"))
val emergency = triage(assessment.copy(redFlags = assessment.redFlags + (RedFlag.SADDLE_NUMBNESS to Answer.PRESENT),
    worseWith = assessment.worseWith + Aggravator.COUGHING))
check("triage emergency", emergency.disposition == Disposition.EMERGENCY)
check("triage spinal evidence", emergency.likelySource.spinal == listOf(Evidence.WorseWith(Aggravator.COUGHING), Evidence.Sign(RedFlag.SADDLE_NUMBNESS))) { emergency.likelySource.toString() }
check("triage mixed", emergency.likelySource.verdict == LikelySource.MIXED)
check("triage typed sources", emergency.fired.any { r -> r.sources.any { it is Source.Cited } })
try { triage(assessment.copy(painNow = 11)); check("pain 11", false) } catch (e: PiriformisException.InvalidInput) {
    check("pain 11 field", e.field == "pain_now" && e.allowed == listOf(allowed("pain"))) { "${e.field} ${e.allowed}" } }
try { triage(assessment.copy(painNow = -1)); check("pain -1", false) } catch (e: PiriformisException.InvalidInput) {
    check("pain -1 field", e.field == "pain_now" && e.allowed == listOf(allowed("pain"))) { "${e.field} ${e.allowed}" } }
// A number that does not fit still reports the warning signs answered yes.
try { triage(assessment.copy(painNow = -1, redFlags = mapOf(RedFlag.SADDLE_NUMBNESS to Answer.PRESENT))); check("pain -1 with a red flag", false) }
catch (e: PiriformisException.InvalidInput) { check("pain -1 keeps the floor", e.atLeast == Disposition.EMERGENCY) { "${e.atLeast}" } }
try { triage(assessment.copy(nerve = NerveSymptoms(NerveStatus.ABSENT, NerveStatus.WORSENING, NerveStatus.ABSENT, Legs.NEITHER))); check("contradiction", false) }
catch (e: PiriformisException.Contradiction) { check("contradiction field", e.field == "nerve.tingling" && e.other == "nerve.legs") }
try { triageFromJson("{\"mood\": 1}"); check("unknown field", false) } catch (e: PiriformisException.InvalidInput) { check("unknown field message", e.reason.contains("unknown field")) }

check("knowledge json", knowledgeJson().contains("\"schema_version\""))
check("notice", notice().contains("not medical advice"))
check("catalogue", catalogue().size == QuestionId.values().size && catalogue()[0].id == QuestionId.BLADDER_OR_BOWEL_CONTROL)
check("vocabulary ids", vocabularyIds("Disposition") == idsByName["Disposition"] && vocabularyIds("RedFlag").size == RedFlag.values().size)
check("vocabulary ids are JSON ids", id(Disposition.SEE_CLINICIAN_SOON) == "see_clinician_soon" && id(RedFlag.NEW_PAIN_UNDER20_OR_OVER50) == vocabularyIds("RedFlag")[RedFlag.NEW_PAIN_UNDER20_OR_OVER50.ordinal])
check("vocabularies", vocabularyList.size >= 50 && vocabularyList.all { v -> v.doc.isNotEmpty() && v.values.isNotEmpty() && v.values.all { it.doc.isNotEmpty() } })
// Every vocabulary is a Kotlin enum of the core's package, with one constant per id.
for (v in vocabularyList) {
    val constants = runCatching { Class.forName("org.piriformis.core.${v.name}").enumConstants }.getOrNull()
    check("enum ${v.name}", constants != null && constants.size == v.values.size) { "${constants?.size} vs ${v.values.size}" }
}
check("ranges", ranges().map { it.name } == listOf("pain", "self_care_weeks", "minutes", "age") && rangeByName.values.all { it.allowed.contains("${it.min}-${it.max}") })
try { vocabularyIds("Nope"); check("vocabulary bad", false) } catch (e: PiriformisException.InvalidInput) { check("vocabulary bad field", e.field == "name") }

// The interview on typed replies: a sealed class per step.
val first = nextStep(emptyMap())
check("next step first", first is InterviewStep.Ask && first.question.id == QuestionId.BLADDER_OR_BOWEL_CONTROL && first.progress.asked == 0) { "$first" }
val yes = Reply.YesNo(YesNo.YES)
val bladderYes = mapOf(QuestionId.BLADDER_OR_BOWEL_CONTROL to yes)
// Both policies ask when a cauda equina sign began before they stop; "not sure" counts as new.
val stop = nextStep(bladderYes + (QuestionId.CAUDA_EQUINA_SIGNS_RECENT to Reply.YesNo(YesNo.NOT_SURE)))
val selfCheckOnset = nextStep(bladderYes)
check("self-check asks the onset", selfCheckOnset is InterviewStep.Ask && selfCheckOnset.question.id == QuestionId.CAUDA_EQUINA_SIGNS_RECENT) { selfCheckOnset.toString() }
val onset = nextStep(bladderYes, TriagePolicy.CLINICIAN_REFERRAL)
check("clinician policy asks the onset", onset is InterviewStep.Ask && onset.question.id == QuestionId.CAUDA_EQUINA_SIGNS_RECENT) { onset.toString() }
val longStanding = nextStep(bladderYes + (QuestionId.CAUDA_EQUINA_SIGNS_RECENT to Reply.YesNo(YesNo.NO)), TriagePolicy.CLINICIAN_REFERRAL)
check("long-standing goes on asking", longStanding is InterviewStep.Ask)
// The floor on typed input, with an oracle of hand-written tiers (the vectors'
// "red flag alone" cases): a random red flag present and a random pain score,
// some out of range; the result or the error's floor is at least that tier.
val aloneTier = (vectors["cases"] as List<*>).map { it as Map<*, *> }
    .filter { (it["name"] as String).startsWith("red flag alone: ") }
    .associate { (it["name"] as String).removePrefix("red flag alone: ") to ((it["expect"] as Map<*, *>)["disposition"] as String) }
val order = Disposition.values().map { id(it) }
val seeded = java.util.Random(29)
val plantable = RedFlag.values().filter { aloneTier.containsKey(id(it)) }
repeat(500) {
    val flag = plantable[seeded.nextInt(plantable.size)]
    val pain = seeded.nextInt(15) - 2
    val typed = assessment.copy(painNow = pain, redFlags = assessment.redFlags + (flag to Answer.PRESENT))
    val want = order.indexOf(aloneTier.getValue(id(flag)))
    try { val r = triage(typed); check("typed floor ${id(flag)} pain $pain", order.indexOf(id(r.disposition)) >= want) { id(r.disposition) } }
    catch (e: PiriformisException) { check("typed floor error ${id(flag)} pain $pain", (atLeast(e)?.let { order.indexOf(it) } ?: -1) >= want) { "$e" } }
}
val cancerLeg = triageFromJson("""{"red_flags": {"history_of_cancer": "present"}, "pain_regions": ["calf"]}""")
check("cancer with leg pain", cancerLeg.disposition == Disposition.EMERGENCY && cancerLeg.fired.any { it.pathway == Pathway.CANCER })
val nerveRoutine = buildRoutine(RoutineRequest(Side.LEFT, Phase.CHRONIC_TIGHTNESS, listOf(Equipment.HEAT_PACK), 20, true, null, null))
check("no heat with nerve symptoms", nerveRoutine.steps.none { it.exercise == Exercise.HEAT } && nerveRoutine.gates.any { it.id == GateId.NO_HEAT_WITH_NERVE_SYMPTOMS })
check("next step emergency stop", stop is InterviewStep.Done && stop.stoppedEarly && stop.triage.disposition == Disposition.EMERGENCY && stop.notAsked.isNotEmpty()) { "$stop" }
check("next step assessment", (stop as InterviewStep.Done).assessment.redFlags[RedFlag.BLADDER_OR_BOWEL_CONTROL] == Answer.PRESENT) { "$stop" }
try { nextStep(mapOf(QuestionId.PAIN_NOW to Reply.Number(12))); check("bad answer", false) }
catch (e: PiriformisException.InvalidInput) { check("bad answer field", e.field == "answers.pain_now" && e.question == QuestionId.PAIN_NOW && e.allowed == listOf(allowed("pain"))) { "$e" } }

val routine = buildRoutine(RoutineRequest(Side.LEFT, Phase.NEW_FLARE, listOf(Equipment.COLD_PACK, Equipment.HEAT_PACK), 20, false, null, null))
check("routine budget", routine.totalSeconds <= 20 * 60 && routine.steps.isNotEmpty())
check("routine cold not heat", routine.steps.any { it.exercise == Exercise.COLD } && routine.steps.none { it.exercise == Exercise.HEAT })
check("routine stop cues", routine.steps.all { it.stopIf.isNotEmpty() && it.stopIfText.size == it.stopIf.size })
check("routine dosage", routine.steps.all { it.dosage.text.isNotEmpty() } && routine.steps.any { it.dosage.minutes != null && it.dosage.frequency == Frequency.AsNeeded }) { routine.steps.map { it.dosage }.toString() }
check("routine habits", routine.habits.isNotEmpty() && routine.habits.all { it.advice.isNotEmpty() } && routine.habits.map { it.id }.distinct().size == routine.habits.size)
val chronic = buildRoutine(RoutineRequest(Side.LEFT, Phase.CHRONIC_TIGHTNESS, emptyList(), 20, false, null, null))
val plan = chronic.weeklyPlan
check("routine weekly plan", plan.daily.isNotEmpty() && plan.threeDaysAWeek.isNotEmpty() && plan.inAFlare.isNotEmpty())
check("routine progression", plan.progression.isNotEmpty() && plan.progression.all { it.how.isNotEmpty() && it.now.text != it.next.text })
val bridge = plan.progression.firstOrNull { it.exercise == Exercise.GLUTE_BRIDGE }
check("routine progression dose", bridge != null && bridge.now.reps?.min == 12 && bridge.next.reps?.min == 15 && bridge.next.sets?.max == 3 &&
    bridge.now.laterality == Laterality.WHOLE && bridge.now.frequency == Frequency.DaysPerWeek(3)) { "$bridge" }
check("routine as needed", routine.weeklyPlan.asNeeded.all { it == Exercise.COLD || it == Exercise.HEAT })
try { buildRoutine(RoutineRequest(Side.LEFT, Phase.CHRONIC_TIGHTNESS, emptyList(), 20, false, null, emergency)); check("routine gate", false) }
catch (e: PiriformisException.CareNeededFirst) { check("routine gate disposition", e.disposition == Disposition.EMERGENCY) }
try { buildRoutine(RoutineRequest(Side.LEFT, Phase.CHRONIC_TIGHTNESS, emptyList(), 0, false, null, null)); check("routine minutes", false) }
catch (e: PiriformisException.InvalidInput) { check("routine minutes field", e.field == "minutes" && e.allowed == listOf(allowed("minutes"))) { "${e.allowed}" } }
// A triage passed back in keeps its evidence (the routine reads it unchanged).
check("routine takes a triage back", buildRoutine(RoutineRequest(Side.LEFT, Phase.NEW_FLARE, emptyList(), 20, false, null, t)).steps.isNotEmpty())
// The self-check's plan for today: the core's choice of routine, with a reason per choice.
val flare = todaysPlan(assessment.copy(painNow = 8))
check("plan flare", flare.allowsSelfCare && flare.routine != null && flare.reasons.any {
    it.choice == PlanChoice.PHASE && it.rule == PlanRuleId.SEVERE_PAIN && it.value == ChosenValue.Phase(Phase.NEW_FLARE) && it.valueText == "new_flare"
}) { flare.reasons.toString() }
check("plan a reason per choice", flare.reasons.map { it.choice }.toSet() == PlanChoice.values().toSet())
check("plan nerve symptoms", flare.request?.nerveSymptoms == true && flare.request?.side == Side.RIGHT)
val withOptions = todaysPlan(assessment, minutes = 30, equipment = listOf(Equipment.BALL))
check("plan options", withOptions.request?.minutes == 30 && withOptions.request?.equipment == listOf(Equipment.BALL)) { withOptions.request.toString() }
val careFirst = todaysPlan(assessment.copy(redFlags = assessment.redFlags + (RedFlag.SADDLE_NUMBNESS to Answer.PRESENT)))
check("plan care first", !careFirst.allowsSelfCare && careFirst.routine == null && careFirst.request == null && careFirst.careFirst != null && careFirst.triage.disposition == Disposition.EMERGENCY)

val log = (1..14).map { LogEntry("2026-01-%02d".format(it), if (it <= 7) 7 else 3, false, true) }
val report = analyzeProgress(log, "2026-01-14")
check("progress trend", report.trend == Trend.IMPROVING && report.change == -4.0) { report.toString() }
check("progress dates", report.entries == 14 && report.firstDate == "2026-01-01" && report.lastDate == "2026-01-14") { report.toString() }
check("progress no findings", report.findings.isEmpty())
// Two flares and four weeks of routine without change: both findings, with their numbers.
val flaring = (1..31).map { LogEntry("2026-01-%02d".format(it), if (it in 4..6 || it in 12..14) 6 else 3, false, true) }
val stuck = analyzeProgress(flaring, "2026-01-31")
check("progress flares", stuck.flares.map { Triple(it.start, it.end, it.peak) } == listOf(Triple("2026-01-04", "2026-01-06", 6), Triple("2026-01-12", "2026-01-14", 6))) { stuck.flares.toString() }
check("progress findings", stuck.findings == listOf(Finding.NoImprovement(4), Finding.KeepsComingBack(2))) { stuck.findings.toString() }
check("progress finding values", (stuck.findings[0] as Finding.NoImprovement).weeks == stuck.selfCareWeeks)
check("progress empty log", analyzeProgress(emptyList(), "2026-01-31").let { it.entries == 0 && it.firstDate == null && it.lastDate == null })
// A bad date fails while crossing, as the typed error naming the date field.
for (bad in listOf("tomorrow", "2026-02-30", "2026-13-01", "")) {
    try { analyzeProgress(log, bad); check("progress date $bad", false) }
    catch (e: PiriformisException.InvalidInput) { check("progress date $bad field", e.field == "date" && e.allowed == listOf("dates as YYYY-MM-DD") && e.reason.contains("'$bad'")) { "${e.field} ${e.reason}" } }
}
try { analyzeProgress(listOf(LogEntry("2026-01-01", 12, false, false)), "2026-01-02"); check("progress pain", false) }
catch (e: PiriformisException.InvalidInput) { check("progress pain field", e.field == "log[0].pain" && e.allowed == listOf(allowed("pain"))) { "${e.allowed}" } }

val map = bodyMap(Side.BOTH, TriggerPoint.LATERAL, listOf(BodyRegion.CALF)).svg
check("body map", map.startsWith("<svg") && map.contains("lateral highlighted") && map.contains("class=\"pain calf\""))
check("body map default side", bodyMap().svg.contains("right side"))
val chart = progressChartSvg(log, "2026-01-14")
check("progress chart", chart.contains("<polyline"))
try { progressChartSvg(log, "2026-13-01"); check("chart date", false) } catch (e: PiriformisException.InvalidInput) { check("chart date field", e.field == "date") }
val found = painLookup(listOf(BodyRegion.FOOT, BodyRegion.OUTER_HIP), Side.RIGHT)
check("lookup", found.candidates.size == 1 && found.candidates[0].triggerPoint == TriggerPoint.LATERAL && found.unexplained.map { it.region } == listOf(BodyRegion.OUTER_HIP))
check("lookup candidate", found.candidates[0].muscle == Muscle.PIRIFORMIS && found.candidates[0].sides == listOf(Side.RIGHT) && found.candidates[0].spillover == listOf(BodyRegion.FOOT))
check("lookup look-alikes by region", found.unexplained[0].consider == listOf(Mimic.HIP_BURSITIS) && found.unexplained[0].considerNames == listOf("Hip bursitis"))

// ---- bad input (issue 13) ----
// The shared bad-JSON vectors (raw text: repeated keys, trailing input, arrays
// for objects, long values), through triageFromJson.
val badJson = (Json(File(args[1]).readText()).parse() as Map<*, *>)["cases"] as List<*>
var badRun = 0
for (case in badJson) {
    case as Map<*, *>
    if (case["entry"] != "assessment") continue
    badRun++
    val name = "bad json: ${case["name"]}"
    val want = case["expect_error"] as Map<*, *>
    try {
        val r = triageFromJson(case["text"] as String)
        check(name, false) { "accepted: ${r.disposition}" }
    } catch (ex: PiriformisException) {
        val (field, reason) = errorParts(ex)
        check("$name field", field == want["field"]) { "$field" }
        check("$name message", reason.contains(want["message_contains"] as String)) { reason }
        (want["message_max_chars"] as Double?)?.let { max -> check("$name length", reason.length <= max) { "${reason.length}" } }
    }
}
check("bad json vectors", badRun >= 30) { "$badRun run" }

// Out-of-range numbers and unknown ids through the typed API: a typed error
// naming the field, never a crash or a silent default.
fun rejects(name: String, field: (String?) -> Boolean, allowedText: String? = null, call: () -> Unit) {
    try { call(); check(name, false) { "accepted" } }
    catch (e: PiriformisException.InvalidInput) {
        check("$name field", field(e.field)) { "${e.field}: ${e.reason}" }
        allowedText?.let { check("$name allowed", e.allowed == listOf(it) && e.reason.contains(it)) { "${e.allowed}: ${e.reason}" } }
    }
    catch (e: PiriformisException) { check(name, false) { "unexpected $e" } }
}
val named = { f: String -> { got: String? -> got == f } }
val anyPath = { got: String? -> got != null && got.isNotEmpty() && !got.contains('?') }
rejects("pain Int.MAX_VALUE", named("pain_now"), allowed("pain")) { triage(assessment.copy(painNow = Int.MAX_VALUE)) }
rejects("pain Int.MIN_VALUE", named("pain_now"), allowed("pain")) { triage(assessment.copy(painNow = Int.MIN_VALUE)) }
rejects("self-care weeks 600", named("self_care_weeks"), allowed("self_care_weeks")) { triage(assessment.copy(selfCareWeeks = 600)) }
rejects("self-care weeks -1", named("self_care_weeks"), allowed("self_care_weeks")) { triage(assessment.copy(selfCareWeeks = -1)) }
rejects("routine minutes 121", named("minutes"), allowed("minutes")) { buildRoutine(RoutineRequest(Side.LEFT, Phase.NEW_FLARE, emptyList(), 121, false, null, null)) }
rejects("routine minutes -5", named("minutes"), allowed("minutes")) { buildRoutine(RoutineRequest(Side.LEFT, Phase.NEW_FLARE, emptyList(), -5, false, null, null)) }
rejects("plan minutes 121", named("minutes"), allowed("minutes")) { todaysPlan(assessment, minutes = 121) }
rejects("log pain 11", named("log[0].pain"), allowed("pain")) { analyzeProgress(listOf(LogEntry("2026-01-01", 11, false, false)), "2026-01-02") }
rejects("log pain -1", named("log[1].pain"), allowed("pain")) { analyzeProgress(listOf(LogEntry("2026-01-01", 1, false, false), LogEntry("2026-01-02", -1, false, false)), "2026-01-02") }
rejects("log date 30 February", named("date"), "dates as YYYY-MM-DD") { analyzeProgress(listOf(LogEntry("2026-02-30", 3, false, false)), "2026-03-02") }
rejects("log date not a date", named("date"), "dates as YYYY-MM-DD") { analyzeProgress(listOf(LogEntry("yesterday", 3, false, false)), "2026-03-02") }
rejects("answer pain -1", anyPath) { nextStep(mapOf(QuestionId.PAIN_NOW to Reply.Number(-1))) }
rejects("answer pain Int.MIN_VALUE", anyPath) { nextStep(mapOf(QuestionId.PAIN_NOW to Reply.Number(Int.MIN_VALUE))) }
rejects("answer of the wrong vocabulary", anyPath) { nextStep(mapOf(QuestionId.BLADDER_OR_BOWEL_CONTROL to Reply.Side(Side.LEFT))) }
rejects("answer regions for qualities", anyPath) { nextStep(mapOf(QuestionId.PAIN_QUALITIES to Reply.PainRegions(listOf(BodyRegion.BUTTOCK)))) }
rejects("answer choice for a scale", anyPath) { nextStep(mapOf(QuestionId.PAIN_NOW to Reply.YesNo(YesNo.YES))) }
rejects("unknown vocabulary", named("name")) { vocabularyIds("x".repeat(10_000)) }

// ---- as an Android app uses it (issue 16) ----
// A partial assessment from one argument: every other field is unknown, never "no".
val partial = triage(Assessment(painNow = 4))
check("app: partial assessment", partial.provisional && partial.disposition >= Disposition.SEE_CLINICIAN && partial.unanswered.contains(RedFlag.SADDLE_NUMBNESS)) { "$partial" }
// Results carry the rule table's version; the library reports all of its versions.
val info = libraryInfo()
check("app: versions", partial.rulesVersion == info.rules && info.rules >= 1 && info.catalogue >= 1 && info.library.isNotEmpty() && knowledgeJson().contains(info.knowledgeSchema)) { "$info" }
// Dispositions compare by urgency, in declaration order.
check("app: dispositions ordered", Disposition.EMERGENCY > Disposition.URGENT && Disposition.SELF_CARE < Disposition.SEE_CLINICIAN &&
    Disposition.values().sorted() == Disposition.values().toList() && maxOf(partial.disposition, Disposition.URGENT) == Disposition.URGENT)
// Every choice comes with the typed reply that picks it.
check("app: choices carry their replies", catalogue().all { q -> q.choices.all { c -> replyKindOf(c.reply) == q.replyKind } })

fun replyKindOf(r: Reply): ReplyKind = when (r) {
    is Reply.YesNo -> ReplyKind.YES_NO
    is Reply.Nerve -> ReplyKind.NERVE
    is Reply.Side -> ReplyKind.SIDE
    is Reply.PainRegions -> ReplyKind.PAIN_REGIONS
    is Reply.PainQualities -> ReplyKind.PAIN_QUALITIES
    is Reply.WorseWith -> ReplyKind.WORSE_WITH
    is Reply.TenderAreas -> ReplyKind.TENDER_AREAS
    is Reply.Number -> ReplyKind.NUMBER
}

// What a person with piriformis-like pain and no warning signs would answer.
fun calmReply(q: Question): Reply = when (q.replyKind) {
    ReplyKind.YES_NO -> Reply.YesNo(YesNo.NO)
    ReplyKind.NERVE -> Reply.Nerve(NerveStatus.ABSENT)
    ReplyKind.SIDE -> Reply.Side(Side.LEFT)
    ReplyKind.PAIN_REGIONS -> Reply.PainRegions(listOf(BodyRegion.BUTTOCK))
    ReplyKind.PAIN_QUALITIES -> Reply.PainQualities(listOf(PainQuality.ACHING))
    // Lists come back in id order, without repeats (as the core keeps them).
    ReplyKind.WORSE_WITH -> Reply.WorseWith(listOf(Aggravator.CROSSING_LEGS, Aggravator.HARD_SURFACE))
    ReplyKind.TENDER_AREAS -> Reply.TenderAreas(listOf(TenderArea.DEEP_BUTTOCK))
    ReplyKind.NUMBER -> Reply.Number(if (q.id == QuestionId.PAIN_NOW) 3 else 0)
}

/** The interview loop as a screen runs it: ask until done. */
fun interview(answers: MutableMap<QuestionId, Reply>, pick: (Question) -> Reply): InterviewStep.Done {
    repeat(QuestionId.values().size * 2) {
        when (val step = nextStep(answers)) {
            is InterviewStep.Ask -> answers[step.question.id] = pick(step.question)
            is InterviewStep.Done -> return step
        }
    }
    error("the interview did not end")
}
val calmAnswers = mutableMapOf<QuestionId, Reply>()
val calm = interview(calmAnswers) { calmReply(it) }
check("app: interview to the end", !calm.stoppedEarly && calm.triage.disposition == Disposition.SELF_CARE && !calm.triage.provisional &&
    calm.progress.asked == calmAnswers.size && calm.progress.remainingAtMost == 0) { "${calm.triage.disposition} ${calm.progress}" }
check("app: interview assessment", calm.assessment.painNow == 3 && calm.assessment.side == Side.LEFT && calm.triage.likelySource.verdict == LikelySource.PIRIFORMIS)
// "Not sure" about an emergency sign is asked once more, with a check to do now.
val shownAgain = mutableListOf<Question>()
val againDone = interview(mutableMapOf(QuestionId.SADDLE_NUMBNESS to Reply.YesNo(YesNo.NOT_SURE), QuestionId.SEXUAL_DYSFUNCTION to Reply.YesNo(YesNo.DOES_NOT_APPLY))) { q ->
    if (q.again) { shownAgain += q; Reply.YesNo(YesNo.STILL_NOT_SURE) } else calmReply(q)
}
check("app: asked again once, with the wiping test", shownAgain.map { it.id } == listOf(QuestionId.SADDLE_NUMBNESS) && shownAgain[0].help.contains("wipe") &&
    shownAgain[0].choices.last().reply == Reply.YesNo(YesNo.STILL_NOT_SURE)) { "$shownAgain" }
check("app: still not sure is urgent and open", againDone.triage.disposition == Disposition.URGENT && againDone.triage.provisional &&
    againDone.triage.unanswered == listOf(RedFlag.SADDLE_NUMBNESS) && againDone.assessment.redFlags[RedFlag.SEXUAL_DYSFUNCTION] == Answer.ABSENT) { "${againDone.triage}" }
check("app: not sexually active is offered", redFlagInfo(RedFlag.SEXUAL_DYSFUNCTION).doesNotApply == "Not sexually active since the pain began")
// Tapping the first choice each time: the first question's "yes" ends it early as an emergency.
val tapped = interview(mutableMapOf()) { q -> q.choices.firstOrNull()?.reply ?: Reply.Number(0) }
check("app: emergency ends it early", tapped.stoppedEarly && tapped.triage.disposition == Disposition.EMERGENCY) { "${tapped.triage.disposition}" }

// A contradiction is reported at its second answer, naming both questions, with readable text.
val severe = mapOf(QuestionId.SEVERE_OR_CONSTANT_PAIN to yes)
check("app: first of two answers is fine", nextStep(severe) is InterviewStep.Ask)
try { nextStep(severe + (QuestionId.PAIN_NOW to Reply.Number(0))); check("app: contradiction", false) }
catch (e: PiriformisException.Contradiction) {
    check("app: contradiction questions", e.questions == listOf(QuestionId.PAIN_NOW, QuestionId.SEVERE_OR_CONSTANT_PAIN)) { "${e.questions}" }
    check("app: readable error", e.toString() == e.reason && e.reason.startsWith("answers.pain_now: contradicts answers.severe_or_constant_pain")) { e.toString() }
}
try { triage(Assessment(painNow = 11)); check("app: readable range error", false) }
catch (e: PiriformisException.InvalidInput) { check("app: readable range error", "$e" == "pain_now: 11 is out of range; allowed: ${allowed("pain")}" && e.allowed == listOf(allowed("pain"))) { "$e" } }
try { nextStep(mapOf(QuestionId.SIDE to yes)); check("app: allowed list", false) }
catch (e: PiriformisException.InvalidInput) { check("app: allowed list", e.allowed == Side.values().map { id(it) } && e.question == QuestionId.SIDE) { "${e.allowed}" } }

// Save the answers, then restore them after a library update that retired a question.
val saved = answersToJson(calmAnswers)
val restored = answersFromJson(saved)
check("app: answers restored", restored.answers == calmAnswers && restored.dropped.isEmpty() && restored.savedVersion == info.catalogue)
val afterUpdate = saved.replace("\"fever\"", "\"fever_last_month\"")
try { answersFromJson(afterUpdate); check("app: strict restore", false) }
catch (e: PiriformisException.InvalidInput) { check("app: strict restore names it", e.reason.contains("fever_last_month")) { e.reason } }
val lenient = answersFromJson(afterUpdate, lenient = true)
check("app: lenient restore", lenient.answers == calmAnswers - QuestionId.FEVER && lenient.dropped.map { it.question } == listOf("fever_last_month") &&
    !lenient.dropped[0].wasYes && lenient.dropped[0].reason.isNotEmpty()) { "$lenient" }
val askedAgain = nextStep(lenient.answers)
check("app: the dropped question is asked again", askedAgain is InterviewStep.Ask && askedAgain.question.id == QuestionId.FEVER) { "$askedAgain" }
val yesDropped = answersFromJson(answersToJson(mapOf(QuestionId.FEVER to yes)).replace("\"fever\"", "\"old_fever\""), lenient = true)
check("app: a dropped yes is flagged", yesDropped.dropped.single().wasYes)

// Typed knowledge next to the JSON, and the body map as data.
val bridgeInfo = exerciseInfo(Exercise.GLUTE_BRIDGE)
check("app: exercise info", bridgeInfo.id == Exercise.GLUTE_BRIDGE && bridgeInfo.name.isNotEmpty() && bridgeInfo.steps.isNotEmpty() &&
    bridgeInfo.sources.isNotEmpty() && bridgeInfo.sourceTexts.size == bridgeInfo.sources.size && bridgeInfo.dosage.text.isNotEmpty() && bridgeInfo.setupSeconds >= 0) { "$bridgeInfo" }
check("app: every exercise", Exercise.values().all { exerciseInfo(it).let { e -> e.id == it && e.stopIf.size == e.stopIfText.size } })
val saddle = redFlagInfo(RedFlag.SADDLE_NUMBNESS)
check("app: red flag info", saddle.tier == Disposition.EMERGENCY && saddle.pathway == Pathway.CAUDA_EQUINA && saddle.question.isNotEmpty() && saddle.sources.isNotEmpty()) { "$saddle" }
check("app: every red flag's tier is its triage", RedFlag.values().all { f -> redFlagInfo(f).tier <= Disposition.EMERGENCY } &&
    redFlagInfo(RedFlag.BLADDER_OR_BOWEL_CONTROL).tier == triage(Assessment(redFlags = mapOf(RedFlag.BLADDER_OR_BOWEL_CONTROL to Answer.PRESENT))).disposition)
check("app: citations", Citation.values().all { c -> citationInfo(c).let { it.id == c && it.line.isNotEmpty() && it.year > 1900 } })
fun RegionShape.contains(px: Double, py: Double): Boolean = when (this) {
    is RegionShape.Ellipse -> Math.pow((px - cx) / rx, 2.0) + Math.pow((py - cy) / ry, 2.0) <= 1.0
    is RegionShape.Rect -> px in x..(x + width) && py in y..(y + height)
}
val styled = bodyMap(painRegions = listOf(BodyRegion.CALF), painColour = "#00aa00", labels = mapOf(BodyRegion.CALF to "Wade"))
val calfRegion = styled.regions.single { it.region == BodyRegion.CALF }
check("app: body map data", styled.svg.contains("#00aa00") && styled.description.contains("Wade") && styled.svg.contains(styled.title) &&
    styled.regions.size == BodyRegion.values().size && calfRegion.inPain && calfRegion.label == "Wade" && calfRegion.side == Side.RIGHT) { "$calfRegion" }
check("app: tap a region", styled.regions.filter { it.shape.contains(268.0, 520.0) }.map { it.region } == listOf(BodyRegion.CALF))
try { bodyMap(zoneColour = "red\"/><script>"); check("app: colour checked", false) }
catch (e: PiriformisException.InvalidInput) { check("app: colour checked", e.field == "style.zone_colour" && e.allowed == listOf("colours as #rgb or #rrggbb")) { "$e" } }

// FHIR as JSON text (the library is built with --features cli,fhir; the resources themselves are
// checked by three validators in scripts/test-fhir.sh). Here: the functions cross, and errors are typed.
val fq = fhirQuestionnaire()
check("fhir questionnaire", fq.contains("\"resourceType\":\"Questionnaire\"") && fq.contains("\"linkId\":\"bladder_or_bowel_control\""))
val fqr = fhirResponse("""{"fever":"no","pain_now":6}""")
check("fhir response", fqr.contains("\"resourceType\":\"QuestionnaireResponse\"") && fqr.contains("\"valueInteger\":6"))
check("fhir answers", fhirAnswers(fqr).contains("\"fever\":\"no\""))
val fnext = fhirNextQuestion(fhirResponse("{}"))
check("fhir next question", fnext.contains("\"linkId\":\"bladder_or_bowel_control\"") && fnext.contains("\"status\":\"in-progress\""))
val femergency = """{"red_flags":{"saddle_numbness":"present"},"pain_now":5}"""
val fbundle = fhirAssessmentBundle(femergency, "2026-01-15", subject = "Patient/p1")
check("fhir bundle", fbundle.contains("\"resourceType\":\"Bundle\"") && fbundle.contains("\"72514-3\"") && fbundle.contains("\"priority\":\"stat\""))
check("fhir guidance", fhirGuidance(femergency).contains("\"priority\":\"stat\""))
check("fhir pain bundle", fhirPainBundle("""[{"date":"2026-01-01","pain":7}]""").contains("\"valueInteger\":7"))
val fplan = fhirCarePlan("""{"side":"left","phase":"new_flare","minutes":15}""", "Patient/p1")
check("fhir care plan", fplan.contains("\"resourceType\":\"CarePlan\"") && fplan.contains("\"229065009\""))
check("fhir code systems", fhirCodeSystems().contains("\"resourceType\":\"CodeSystem\""))
check("fhir concept map", fhirConceptMap().contains("\"resourceType\":\"ConceptMap\""))
try { fhirAnswers("[]"); check("fhir bad response", false) } catch (e: PiriformisException.InvalidInput) { check("fhir bad response field", e.field == "response") { "${e.field}" } }
try { fhirAssessmentBundle("{}", "soon"); check("fhir bad day", false) } catch (e: PiriformisException.InvalidInput) { check("fhir bad day field", e.field == "day") { "${e.field}" } }
// A bad FHIR response keeps the floor of a red-flag "yes" read anywhere in it, whatever else is wrong.
val fyes = """{"linkId":"saddle_numbness","answer":[{"valueCoding":{"system":"https://w3id.org/piriformis/fhir/CodeSystem/answer-yes-no","code":"yes"}}]}"""
fun fqrOf(items: String, type: String = "QuestionnaireResponse") = """{"resourceType":"$type","questionnaire":"q","status":"in-progress","item":[$items]}"""
val fbad = mapOf(
    "unknown linkId" to fqrOf("""$fyes,{"linkId":"no_such_question"}"""),
    "repeated linkId" to fqrOf("$fyes,$fyes"),
    "valueBoolean" to fqrOf("""{"linkId":"saddle_numbness","answer":[{"valueBoolean":true}]}"""),
    "wrong code system" to fqrOf("""{"linkId":"saddle_numbness","answer":[{"valueCoding":{"system":"http://example.org","code":"yes"}}]}"""),
    "pain 11" to fqrOf("""$fyes,{"linkId":"pain_now","answer":[{"valueInteger":11}]}"""),
    "resourceType" to fqrOf(fyes, "Patient"),
)
for ((name, qr) in fbad) {
    try { fhirAnswers(qr); check("fhir answers $name", false) } catch (e: PiriformisException.InvalidInput) { check("fhir answers $name keeps the floor", e.atLeast == Disposition.EMERGENCY) { "${e.atLeast} ${e.reason}" } }
    try { fhirNextQuestion(qr); check("fhir next question $name", false) } catch (e: PiriformisException.InvalidInput) { check("fhir next question $name keeps the floor", e.atLeast == Disposition.EMERGENCY) { "${e.atLeast} ${e.reason}" } }
}
try { fhirAnswers(fqrOf(fyes, "Patient")); check("fhir resourceType", false) } catch (e: PiriformisException.InvalidInput) {
    check("fhir resourceType field", e.field == "resourceType" && e.allowed == listOf("QuestionnaireResponse")) { "${e.field} ${e.allowed}" } }
try { fhirResponse("""{"saddle_numbness":"yes","pain_now":11}"""); check("fhir response bad answer", false) } catch (e: PiriformisException.InvalidInput) {
    check("fhir response keeps the floor", e.atLeast == Disposition.EMERGENCY) { "${e.atLeast}" } }
// A "yes" in a nested item (a group) is read, and not asked again.
val fnested = fqrOf("""{"linkId":"warning_signs","item":[$fyes]}""")
check("fhir nested yes read", fhirAnswers(fnested).contains("\"saddle_numbness\":\"yes\""))
@Suppress("UNCHECKED_CAST")
val fnestedNext = (Json(fhirNextQuestion(fnested)).parse() as Map<String, Any?>)["item"] as List<Map<String, Any?>>
check("fhir nested yes not asked again", fnestedNext.all { it["linkId"] != "saddle_numbness" || it.containsKey("answer") }) { "$fnestedNext" }

failures.forEach { System.err.println("FAIL $it") }
println("kotlin: ${passed} passed, ${failures.size} failed")
if (failures.isNotEmpty()) kotlin.system.exitProcess(1)
