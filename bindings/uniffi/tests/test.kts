// Kotlin tests of the piriformis bindings: the shared triage vectors and every
// exported function, bad input included. Run by scripts/test-bindings.sh.
import uniffi.piriformis.*
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

fun snake(name: String) = name.lowercase()

var passed = 0
val failures = ArrayList<String>()
fun check(name: String, ok: Boolean, detail: () -> String = { "" }) {
    if (ok) passed++ else failures.add("$name: ${detail()}")
}

/** The disposition that red flags answered "present" still need, as its JSON id. */
fun atLeast(ex: PiriformisException): String? = when (ex) {
    is PiriformisException.InvalidInput -> ex.atLeast?.let { snake(it.name) }
    is PiriformisException.Contradiction -> ex.atLeast?.let { snake(it.name) }
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
    val policy = TriagePolicy.values().first { snake(it.name) == ((case["policy"] as String?) ?: "self_check") }
    try {
        val r = triageFromJsonWithPolicy(input, policy)
        check("$name policy", r.policy == policy)
        if (expectError != null) { check(name, false) { "expected an error, got ${r.disposition}" }; continue }
        val e = case["expect"] as Map<*, *>
        check("$name disposition", snake(r.disposition.name) == e["disposition"]) { r.disposition.name }
        val fired = r.fired.map { snake(it.id.name) }.sorted()
        check("$name fired", fired == (e["fired"] as List<*>)) { fired.toString() }
        check("$name provisional", r.provisional == e["provisional"])
        e["likely_source"]?.let { check("$name source", snake(r.likelySource.name) == it) { r.likelySource.name } }
        (e["unanswered"] as List<*>?)?.let { want -> check("$name unanswered", r.unanswered.map { snake(it.name) } == want) }
        (e["cautions_include"] as List<*>?)?.forEach { c -> check("$name caution $c", r.cautions.any { snake(it.id.name) == c }) }
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
    redFlags = RedFlag.values().associateWith { Answer.ABSENT },
    afterFallOrAccident = Answer.ABSENT, selfCareWeeks = 1, selfCareHelped = Answer.UNKNOWN, keepsComingBack = Answer.ABSENT,
)
val t = triage(assessment)
check("triage typed", t.disposition == Disposition.SELF_CARE && t.likelySource == LikelySource.PIRIFORMIS && !t.provisional) { t.toString() }
check("triage cautions", t.cautions.any { it.id == Caution.NERVE_SYMPTOMS_GENTLE })
check("triage sources", t.fired.all { it.sources.isNotEmpty() })
val emergency = triage(assessment.copy(redFlags = assessment.redFlags + (RedFlag.SADDLE_NUMBNESS to Answer.PRESENT)))
check("triage emergency", emergency.disposition == Disposition.EMERGENCY)
try { triage(assessment.copy(painNow = 11)); check("pain 11", false) } catch (e: PiriformisException.InvalidInput) {
    check("pain 11 field", e.field == "pain_now" && e.allowed == "whole numbers 0-10") { "${e.field} ${e.allowed}" } }
try { triage(assessment.copy(painNow = -1)); check("pain -1", false) } catch (e: PiriformisException.InvalidInput) { check("pain -1 field", e.field == "pain_now") }
try { triage(assessment.copy(nerve = NerveSymptoms(NerveStatus.ABSENT, NerveStatus.WORSENING, NerveStatus.ABSENT, Legs.NEITHER))); check("contradiction", false) }
catch (e: PiriformisException.Contradiction) { check("contradiction field", e.field == "nerve.tingling" && e.other == "nerve.legs") }
try { triageFromJson("{\"mood\": 1}"); check("unknown field", false) } catch (e: PiriformisException.InvalidInput) { check("unknown field message", e.reason.contains("unknown field")) }

check("knowledge json", knowledgeJson().contains("\"schema_version\""))
check("notice", notice().contains("not medical advice"))
check("catalogue", catalogue().size == QuestionId.values().size && catalogue()[0].id == QuestionId.BLADDER_OR_BOWEL_CONTROL)
check("vocabulary ids", vocabularyIds("Disposition") == Disposition.values().map { snake(it.name) })
try { vocabularyIds("Nope"); check("vocabulary bad", false) } catch (e: PiriformisException.InvalidInput) { check("vocabulary bad field", e.field == "name") }

val first = nextStep(emptyMap())
check("next step first", first.question?.id == QuestionId.BLADDER_OR_BOWEL_CONTROL && first.triage == null)
val stop = nextStep(mapOf(QuestionId.BLADDER_OR_BOWEL_CONTROL to AnswerValue.Choice("yes")))
// The clinician policy asks when cauda equina signs began before it stops.
val bladderYes = mapOf(QuestionId.BLADDER_OR_BOWEL_CONTROL to AnswerValue.Choice("yes"))
val onset = nextStepWithPolicy(bladderYes, TriagePolicy.CLINICIAN_REFERRAL)
check("clinician policy asks the onset", onset.question?.id == QuestionId.CAUDA_EQUINA_SIGNS_RECENT) { onset.toString() }
val longStanding = nextStepWithPolicy(bladderYes + (QuestionId.CAUDA_EQUINA_SIGNS_RECENT to AnswerValue.Choice("no")), TriagePolicy.CLINICIAN_REFERRAL)
check("long-standing goes on asking", longStanding.question != null && longStanding.triage == null)
val cancerLeg = triageFromJson("""{"red_flags": {"history_of_cancer": "present"}, "pain_regions": ["calf"]}""")
check("cancer with leg pain", cancerLeg.disposition == Disposition.EMERGENCY && cancerLeg.fired.any { it.pathway == Pathway.CANCER })
val nerveRoutine = buildRoutine(RoutineRequest(Side.LEFT, Phase.CHRONIC_TIGHTNESS, listOf(Equipment.HEAT_PACK), 20, true, null, null))
check("no heat with nerve symptoms", nerveRoutine.steps.none { it.exercise == Exercise.HEAT } && nerveRoutine.gates.any { it.id == GateId.NO_HEAT_WITH_NERVE_SYMPTOMS })
check("next step emergency stop", stop.stoppedEarly && stop.triage?.disposition == Disposition.EMERGENCY)
try { nextStep(mapOf(QuestionId.PAIN_NOW to AnswerValue.Number(12.0))); check("bad answer", false) }
catch (e: PiriformisException.InvalidInput) { check("bad answer field", e.field == "answers.pain_now") }

val routine = buildRoutine(RoutineRequest(Side.LEFT, Phase.NEW_FLARE, listOf(Equipment.COLD_PACK, Equipment.HEAT_PACK), 20, false, null, null))
check("routine budget", routine.totalSeconds <= 20u * 60u && routine.steps.isNotEmpty())
check("routine cold not heat", routine.steps.any { it.exercise == Exercise.COLD } && routine.steps.none { it.exercise == Exercise.HEAT })
check("routine stop cues", routine.steps.all { it.stopIf.isNotEmpty() && it.stopIfText.size == it.stopIf.size })
try { buildRoutine(RoutineRequest(Side.LEFT, Phase.CHRONIC_TIGHTNESS, emptyList(), 20, false, null, emergency)); check("routine gate", false) }
catch (e: PiriformisException.CareNeededFirst) { check("routine gate disposition", e.disposition == Disposition.EMERGENCY) }
try { buildRoutine(RoutineRequest(Side.LEFT, Phase.CHRONIC_TIGHTNESS, emptyList(), 0, false, null, null)); check("routine minutes", false) }
catch (e: PiriformisException.InvalidInput) { check("routine minutes field", e.field == "minutes") }

val log = (1..14).map { LogEntry("2026-01-%02d".format(it), if (it <= 7) 7 else 3, false, true) }
val report = analyzeProgress(log, "2026-01-14")
check("progress trend", report.trend == Trend.IMPROVING && report.change == -4.0) { report.toString() }
try { analyzeProgress(log, "tomorrow"); check("progress date", false) } catch (e: PiriformisException.InvalidInput) { check("progress date field", e.field == "today") }
try { analyzeProgress(listOf(LogEntry("2026-01-01", 12, false, false)), "2026-01-02"); check("progress pain", false) }
catch (e: PiriformisException.InvalidInput) { check("progress pain field", e.field == "log[0].pain") }

val map = bodyMapSvg(Side.BOTH, TriggerPoint.LATERAL, listOf(BodyRegion.CALF))
check("body map", map.startsWith("<svg") && map.contains("lateral highlighted") && map.contains("class=\"pain calf\""))
check("body map default side", bodyMapSvg(null, null, emptyList()).contains("right side"))
val chart = progressChartSvg(log, "2026-01-14")
check("progress chart", chart.contains("<polyline"))
try { progressChartSvg(log, "2026-13-01"); check("chart date", false) } catch (e: PiriformisException.InvalidInput) { check("chart date field", e.field == "today") }
val found = painLookup(listOf(BodyRegion.FOOT, BodyRegion.OUTER_HIP), Side.RIGHT)
check("lookup", found.candidates.size == 1 && found.candidates[0].triggerPoint == TriggerPoint.LATERAL && found.unexplained == listOf(BodyRegion.OUTER_HIP))
check("lookup consider", found.consider == listOf("Hip bursitis"))

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
fun rejects(name: String, field: (String?) -> Boolean, call: () -> Unit) {
    try { call(); check(name, false) { "accepted" } }
    catch (e: PiriformisException.InvalidInput) { check("$name field", field(e.field)) { "${e.field}: ${e.reason}" } }
    catch (e: PiriformisException) { check(name, false) { "unexpected $e" } }
}
val named = { f: String -> { got: String? -> got == f } }
val anyPath = { got: String? -> got != null && got.isNotEmpty() && !got.contains('?') }
rejects("pain Int.MAX_VALUE", named("pain_now")) { triage(assessment.copy(painNow = Int.MAX_VALUE)) }
rejects("pain Int.MIN_VALUE", named("pain_now")) { triage(assessment.copy(painNow = Int.MIN_VALUE)) }
rejects("self-care weeks 600", named("self_care_weeks")) { triage(assessment.copy(selfCareWeeks = 600)) }
rejects("self-care weeks -1", named("self_care_weeks")) { triage(assessment.copy(selfCareWeeks = -1)) }
rejects("routine minutes 121", named("minutes")) { buildRoutine(RoutineRequest(Side.LEFT, Phase.NEW_FLARE, emptyList(), 121, false, null, null)) }
rejects("routine minutes -5", named("minutes")) { buildRoutine(RoutineRequest(Side.LEFT, Phase.NEW_FLARE, emptyList(), -5, false, null, null)) }
rejects("log pain 11", named("log[0].pain")) { analyzeProgress(listOf(LogEntry("2026-01-01", 11, false, false)), "2026-01-02") }
rejects("log pain -1", named("log[1].pain")) { analyzeProgress(listOf(LogEntry("2026-01-01", 1, false, false), LogEntry("2026-01-02", -1, false, false)), "2026-01-02") }
rejects("log date 30 February", named("log[0].date")) { analyzeProgress(listOf(LogEntry("2026-02-30", 3, false, false)), "2026-03-02") }
rejects("log date not a date", named("log[0].date")) { analyzeProgress(listOf(LogEntry("yesterday", 3, false, false)), "2026-03-02") }
rejects("answer pain -1", anyPath) { nextStep(mapOf(QuestionId.PAIN_NOW to AnswerValue.Number(-1.0))) }
rejects("answer pain NaN", anyPath) { nextStep(mapOf(QuestionId.PAIN_NOW to AnswerValue.Number(Double.NaN))) }
rejects("answer unknown choice", anyPath) { nextStep(mapOf(QuestionId.BLADDER_OR_BOWEL_CONTROL to AnswerValue.Choice("maybe"))) }
rejects("answer unknown region", anyPath) { nextStep(mapOf(QuestionId.PAIN_REGIONS to AnswerValue.Choices(listOf("buttock", "elbow")))) }
rejects("answer choice for a scale", anyPath) { nextStep(mapOf(QuestionId.PAIN_NOW to AnswerValue.Choice("high"))) }
rejects("unknown vocabulary", named("name")) { vocabularyIds("x".repeat(10_000)) }

failures.forEach { System.err.println("FAIL $it") }
println("kotlin: ${passed} passed, ${failures.size} failed")
if (failures.isNotEmpty()) kotlin.system.exitProcess(1)
