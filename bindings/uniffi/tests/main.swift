// Swift tests of the piriformis bindings: the shared triage vectors and every
// exported function, bad input included. Run by scripts/test-bindings.sh.
import Foundation

var passed = 0
var failures: [String] = []
func check(_ name: String, _ ok: Bool, _ detail: @autoclosure () -> String = "") {
    if ok { passed += 1 } else { failures.append("\(name): \(detail())") }
}

// ---- ids and ranges, from the library's own lists ----
// Every vocabulary with its ids in declaration order, which is the order of
// the Swift enum's `allCases`: a case's JSON id is found by its position.
let vocabularyList = vocabularies()
let idsByName = Dictionary(uniqueKeysWithValues: vocabularyList.map { v in (v.name, v.values.map { $0.id }) })
func id<T: CaseIterable & Equatable>(_ value: T) -> String {
    idsByName[String(describing: T.self)]![Array(T.allCases).firstIndex(of: value)!]
}
let rangeByName = Dictionary(uniqueKeysWithValues: ranges().map { ($0.name, $0) })
func allowed(_ range: String) -> String { rangeByName[range]!.allowed }

func errorParts(_ e: PiriformisError) -> (String?, String) {
    switch e {
    case let .InvalidInput(field, _, _, reason, _): return (field, reason)
    case let .Contradiction(field, _, _, reason, _): return (field, reason)
    case let .CareNeededFirst(_, reason): return (nil, reason)
    }
}

/// The disposition that red flags answered "present" still need, as its JSON id.
func atLeast(_ e: PiriformisError) -> String? {
    switch e {
    case let .InvalidInput(_, _, _, _, floor): return floor.map { id($0) }
    case let .Contradiction(_, _, _, _, floor): return floor.map { id($0) }
    case .CareNeededFirst: return nil
    }
}

// ---- the shared vectors ----
let path = CommandLine.arguments[1]
let doc = try! JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
for case let c as [String: Any] in doc["cases"] as! [Any] {
    let name = c["name"] as! String
    let input = String(data: try! JSONSerialization.data(withJSONObject: c["input"]!, options: [.fragmentsAllowed]), encoding: .utf8)!
    let expectError = c["expect_error"] as? [String: Any]
    let policyId = (c["policy"] as? String) ?? "self_check"
    guard let policy = TriagePolicy.allCases.first(where: { id($0) == policyId }) else { check("\(name) policy id", false, policyId); continue }
    do {
        let r = try triageFromJson(json: input, policy: policy)
        check("\(name) policy", r.policy == policy)
        // The verdict follows from the evidence each way.
        let (p, sp) = (!r.likelySource.piriformis.isEmpty, !r.likelySource.spinal.isEmpty)
        check("\(name) evidence", r.likelySource.verdict == (p ? (sp ? .mixed : .piriformis) : (sp ? .spinal : .unclear)), "\(r.likelySource)")
        guard let e = c["expect"] as? [String: Any] else { check(name, false, "expected an error, got \(r.disposition)"); continue }
        check("\(name) disposition", id(r.disposition) == e["disposition"] as! String, id(r.disposition))
        let fired = r.fired.map { id($0.id) }.sorted()
        check("\(name) fired", fired == e["fired"] as! [String], "\(fired)")
        check("\(name) provisional", r.provisional == e["provisional"] as! Bool)
        if let s = e["likely_source"] as? String { check("\(name) source", id(r.likelySource.verdict) == s) }
        if let u = e["unanswered"] as? [String] { check("\(name) unanswered", r.unanswered.map { id($0) } == u, "\(r.unanswered.map { id($0) })") }
        if let u = e["unanswered_nerve"] as? [String] { check("\(name) unanswered nerve", r.unansweredNerve.map { id($0) } == u, "\(r.unansweredNerve.map { id($0) })") }
        for want in (e["cautions_include"] as? [String]) ?? [] { check("\(name) caution \(want)", r.cautions.contains { id($0.id) == want }) }
    } catch let err as PiriformisError {
        guard let want = expectError else { check(name, false, "unexpected error \(err)"); continue }
        let (field, reason) = errorParts(err)
        check("\(name) error field", field == want["field"] as? String, "\(String(describing: field))")
        if want.keys.contains("at_least") { check("\(name) at least", atLeast(err) == want["at_least"] as? String, "\(String(describing: atLeast(err)))") }
        if let text = want["message_contains"] as? String { check("\(name) message", reason.contains(text), reason) }
    } catch {
        check(name, false, "unexpected \(error)")
    }
}

// ---- every exported function ----
var flags: [RedFlag: Answer] = [:]
// Every main question "no"; the follow-ups (asked only after a "yes") left unanswered.
for f in RedFlag.allCases where f != .caudaEquinaSignsRecent && f != .recentChemotherapy { flags[f] = .absent }
let base = Assessment(side: .right, painNow: 4, painRegions: [.buttock], painQualities: [.aching], worseWith: [.hardSurface, .crossingLegs],
    tenderAreas: [.deepButtock], nerve: NerveSymptoms(numbness: .absent, tingling: .stable, weakness: .absent, legs: .one),
    redFlags: flags, afterFallOrAccident: .absent, selfCareWeeks: 1, selfCareHelped: .unknown, keepsComingBack: .absent)
let t = try! triage(assessment: base)
check("triage typed", t.disposition == .selfCare && t.likelySource.verdict == .piriformis && !t.provisional, "\(t)")
check("triage cautions", t.cautions.contains { $0.id == .nerveSymptomsGentle })
check("triage sources", t.fired.allSatisfy { !$0.sources.isEmpty && $0.sourceTexts.count == $0.sources.count && $0.sourceTexts.allSatisfy { !$0.isEmpty } })
// The evidence behind the likely source: each reported feature, typed.
check("triage piriformis evidence", t.likelySource.piriformis == [.worseWith(.hardSurface), .worseWith(.crossingLegs), .tender(.deepButtock)], "\(t.likelySource)")
check("triage spinal evidence none", t.likelySource.spinal.isEmpty)
check("triage explanation", t.likelySource.explanation.contains("3"))
var withSaddle = base
withSaddle.redFlags[.saddleNumbness] = .present
withSaddle.worseWith.append(.coughing)
let emergency = try! triage(assessment: withSaddle)
check("triage emergency", emergency.disposition == .emergency)
check("triage spinal evidence", emergency.likelySource.spinal == [.worseWith(.coughing), .sign(.saddleNumbness)], "\(emergency.likelySource)")
check("triage mixed", emergency.likelySource.verdict == .mixed)
check("triage typed sources", emergency.fired.contains { $0.sources.contains { if case .cited = $0 { return true } else { return false } } })
var bad = base
bad.painNow = 11
do { _ = try triage(assessment: bad); check("pain 11", false) } catch let PiriformisError.InvalidInput(field, allowedText, _, _, _) {
    check("pain 11 field", field == "pain_now" && allowedText == [allowed("pain")]) } catch { check("pain 11 kind", false, "\(error)") }
bad.painNow = -1
do { _ = try triage(assessment: bad); check("pain -1", false) } catch let PiriformisError.InvalidInput(field, allowedText, _, _, _) {
    check("pain -1 field", field == "pain_now" && allowedText == [allowed("pain")]) } catch { check("pain -1 kind", false) }
// A number that does not fit still reports the warning signs answered yes.
bad.redFlags = [.saddleNumbness: .present]
do { _ = try triage(assessment: bad); check("pain -1 with a red flag", false) } catch let PiriformisError.InvalidInput(_, _, _, _, floor) {
    check("pain -1 keeps the floor", floor == .emergency, "\(String(describing: floor))") } catch { check("pain -1 with a red flag kind", false) }
var contra = base
contra.nerve = NerveSymptoms(numbness: .absent, tingling: .worsening, weakness: .absent, legs: .neither)
do { _ = try triage(assessment: contra); check("contradiction", false) } catch let PiriformisError.Contradiction(field, other, _, _, _) {
    check("contradiction fields", field == "nerve.tingling" && other == "nerve.legs") } catch { check("contradiction kind", false) }
do { _ = try triageFromJson(json: "{\"mood\": 1}"); check("unknown field", false) } catch let e as PiriformisError { check("unknown field message", errorParts(e).1.contains("unknown field")) }
do { _ = try triageFromJson(json: "not json"); check("not json", false) } catch { check("not json throws", error is PiriformisError) }

check("knowledge json", knowledgeJson().contains("\"schema_version\""))
check("notice", notice().contains("not medical advice"))
let questions = catalogue()
check("catalogue", questions.count == (try! vocabularyIds(name: "QuestionId")).count && questions[0].id == .bladderOrBowelControl)
check("vocabulary ids", try! vocabularyIds(name: "Disposition") == idsByName["Disposition"]! && (try! vocabularyIds(name: "RedFlag")).count == RedFlag.allCases.count)
check("vocabulary ids are JSON ids", id(Disposition.seeClinicianSoon) == "see_clinician_soon" && id(RedFlag.newPainUnder20OrOver50) == (try! vocabularyIds(name: "RedFlag"))[RedFlag.allCases.firstIndex(of: .newPainUnder20OrOver50)!])
check("vocabularies", vocabularyList.count >= 50 && vocabularyList.allSatisfy { v in !v.doc.isEmpty && !v.values.isEmpty && v.values.allSatisfy { !$0.doc.isEmpty } })
// The Swift enums the API uses have one case per id of their vocabulary.
func cases<T: CaseIterable>(_ type: T.Type) -> (String, Int) { (String(describing: type), type.allCases.count) }
for (name, count) in [cases(Disposition.self), cases(TriagePolicy.self), cases(Pathway.self), cases(Side.self), cases(Answer.self),
    cases(RedFlag.self), cases(RuleId.self), cases(Caution.self), cases(LikelySource.self), cases(NerveStatus.self), cases(Legs.self),
    cases(BodyRegion.self), cases(TriggerPoint.self), cases(PainQuality.self), cases(Aggravator.self), cases(TenderArea.self),
    cases(Mimic.self), cases(Muscle.self), cases(Phase.self), cases(Equipment.self), cases(Exercise.self), cases(Stage.self),
    cases(StopCue.self), cases(Habit.self), cases(Level.self), cases(SkipReason.self), cases(GateId.self), cases(Trend.self),
    cases(QuestionId.self), cases(AnswerKind.self), cases(YesNo.self), cases(ReplyKind.self), cases(GuideSection.self), cases(Citation.self)] {
    check("enum \(name)", idsByName[name]?.count == count, "\(count) vs \(String(describing: idsByName[name]?.count))")
}
check("ranges", ranges().map { $0.name } == ["pain", "self_care_weeks", "minutes", "age"] && rangeByName.values.allSatisfy { $0.allowed.contains("\($0.min)-\($0.max)") })
do { _ = try vocabularyIds(name: "Nope"); check("vocabulary bad", false) } catch let PiriformisError.InvalidInput(field, _, _, _, _) { check("vocabulary bad field", field == "name") } catch { check("vocabulary bad kind", false) }

// The interview on typed replies: a Swift enum per step.
let first = try! nextStep(answers: [:])
if case let .ask(question, progress) = first { check("next step first", question.id == .bladderOrBowelControl && progress.asked == 0) } else { check("next step first", false, "\(first)") }
let bladderYes: [QuestionId: Reply] = [.bladderOrBowelControl: .yesNo(value: .yes)]
// Both policies ask when a cauda equina sign began before they stop; "not sure" counts as new.
var bladderNotSureWhen = bladderYes
bladderNotSureWhen[.caudaEquinaSignsRecent] = .yesNo(value: .notSure)
let stop = try! nextStep(answers: bladderNotSureWhen)
let selfCheckOnset = try! nextStep(answers: bladderYes)
if case let .ask(question, _) = selfCheckOnset { check("self-check asks the onset", question.id == .caudaEquinaSignsRecent) } else { check("self-check asks the onset", false, "\(selfCheckOnset)") }
let onset = try! nextStep(answers: bladderYes, policy: .clinicianReferral)
if case let .ask(question, _) = onset { check("clinician policy asks the onset", question.id == .caudaEquinaSignsRecent) } else { check("clinician policy asks the onset", false, "\(onset)") }
var onsetAnswered = bladderYes
onsetAnswered[.caudaEquinaSignsRecent] = .yesNo(value: .no)
let longStanding = try! nextStep(answers: onsetAnswered, policy: .clinicianReferral)
if case .ask = longStanding { check("long-standing goes on asking", true) } else { check("long-standing goes on asking", false, "\(longStanding)") }
// The floor on typed input, with an oracle of hand-written tiers (the vectors'
// "red flag alone" cases): a random red flag present and a random pain score,
// some out of range; the result or the error's floor is at least that tier.
var aloneTier: [String: String] = [:]
for case let c as [String: Any] in doc["cases"] as! [Any] {
    let name = c["name"] as! String
    if name.hasPrefix("red flag alone: "), let e = c["expect"] as? [String: Any] {
        aloneTier[String(name.dropFirst("red flag alone: ".count))] = e["disposition"] as? String
    }
}
let order = Disposition.allCases.map { id($0) }
var seed: UInt64 = 29
func nextRandom(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int((seed >> 33) % UInt64(n)) }
let plantable = RedFlag.allCases.filter { aloneTier[id($0)] != nil }
for _ in 0..<500 {
    let flag = plantable[nextRandom(plantable.count)]
    let pain = Int32(nextRandom(15) - 2)
    var typed = base
    typed.painNow = pain
    typed.redFlags[flag] = .present
    let want = order.firstIndex(of: aloneTier[id(flag)]!)!
    do {
        let r = try triage(assessment: typed)
        check("typed floor \(id(flag)) pain \(pain)", order.firstIndex(of: id(r.disposition))! >= want, id(r.disposition))
    } catch let e as PiriformisError {
        let got = atLeast(e).flatMap { order.firstIndex(of: $0) } ?? -1
        check("typed floor error \(id(flag)) pain \(pain)", got >= want, "\(e)")
    } catch { check("typed floor kind", false, "\(error)") }
}
let cancerLeg = try! triageFromJson(json: #"{"red_flags": {"history_of_cancer": "present"}, "pain_regions": ["calf"]}"#)
check("cancer with leg pain", cancerLeg.disposition == .emergency && cancerLeg.fired.contains { $0.pathway == .cancer })
let nerveRoutine = try! buildRoutine(request: RoutineRequest(side: .left, phase: .chronicTightness, equipment: [.heatPack], minutes: 20, nerveSymptoms: true, trend: nil, triage: nil))
check("no heat with nerve symptoms", !nerveRoutine.steps.contains { $0.exercise == .heat } && nerveRoutine.gates.contains { $0.id == .noHeatWithNerveSymptoms })
if case let .done(assessment, triage, stoppedEarly, _, notAsked) = stop {
    check("next step emergency stop", stoppedEarly && triage.disposition == .emergency && !notAsked.isEmpty)
    check("next step assessment", assessment.redFlags[.bladderOrBowelControl] == .present, "\(assessment)")
} else { check("next step emergency stop", false, "\(stop)") }
do { _ = try nextStep(answers: [.painNow: .number(value: 12)]); check("bad answer", false) }
catch let PiriformisError.InvalidInput(field, allowedText, question, _, _) { check("bad answer field", field == "answers.pain_now" && question == .painNow && allowedText == [allowed("pain")]) } catch { check("bad answer kind", false) }

let routine = try! buildRoutine(request: RoutineRequest(side: .left, phase: .newFlare, equipment: [.coldPack, .heatPack], minutes: 20, nerveSymptoms: false, trend: nil, triage: nil))
check("routine budget", routine.totalSeconds <= 20 * 60 && !routine.steps.isEmpty)
check("routine cold not heat", routine.steps.contains { $0.exercise == .cold } && !routine.steps.contains { $0.exercise == .heat })
check("routine stop cues", routine.steps.allSatisfy { !$0.stopIf.isEmpty && $0.stopIfText.count == $0.stopIf.count })
check("routine dosage", routine.steps.allSatisfy { !$0.dosage.text.isEmpty } && routine.steps.contains { $0.dosage.minutes != nil && $0.dosage.frequency == .asNeeded }, "\(routine.steps.map { $0.dosage })")
check("routine habits", !routine.habits.isEmpty && routine.habits.allSatisfy { !$0.advice.isEmpty } && Set(routine.habits.map { $0.id }).count == routine.habits.count)
let chronic = try! buildRoutine(request: RoutineRequest(side: .left, phase: .chronicTightness, equipment: [], minutes: 20, nerveSymptoms: false, trend: nil, triage: nil))
let plan = chronic.weeklyPlan
check("routine weekly plan", !plan.daily.isEmpty && !plan.threeDaysAWeek.isEmpty && !plan.inAFlare.isEmpty)
check("routine progression", !plan.progression.isEmpty && plan.progression.allSatisfy { !$0.how.isEmpty && $0.now.text != $0.next.text })
let bridge = plan.progression.first { $0.exercise == .gluteBridge }
check("routine progression dose", bridge?.now.reps?.min == 12 && bridge?.next.reps?.min == 15 && bridge?.next.sets?.max == 3 &&
    bridge?.now.laterality == .whole && bridge?.now.frequency == .daysPerWeek(days: 3), "\(String(describing: bridge))")
check("routine as needed", routine.weeklyPlan.asNeeded.allSatisfy { $0 == .cold || $0 == .heat })
do { _ = try buildRoutine(request: RoutineRequest(side: .left, phase: .chronicTightness, equipment: [], minutes: 20, nerveSymptoms: false, trend: nil, triage: emergency)); check("routine gate", false) }
catch let PiriformisError.CareNeededFirst(disposition, _) { check("routine gate disposition", disposition == .emergency) } catch { check("routine gate kind", false) }
do { _ = try buildRoutine(request: RoutineRequest(side: .left, phase: .chronicTightness, equipment: [], minutes: 0, nerveSymptoms: false, trend: nil, triage: nil)); check("routine minutes", false) }
catch let PiriformisError.InvalidInput(field, allowedText, _, _, _) { check("routine minutes field", field == "minutes" && allowedText == [allowed("minutes")]) } catch { check("routine minutes kind", false) }
// A triage passed back in keeps its evidence (the routine reads it unchanged).
check("routine takes a triage back", !(try! buildRoutine(request: RoutineRequest(side: .left, phase: .newFlare, equipment: [], minutes: 20, nerveSymptoms: false, trend: nil, triage: t))).steps.isEmpty)
// The self-check's plan for today: the core's choice of routine, with a reason per choice.
var flareInput = base
flareInput.painNow = 8
let flare = try! todaysPlan(assessment: flareInput)
check("plan flare", flare.allowsSelfCare && flare.routine != nil && flare.reasons.contains { r in
    if case .phase(value: .newFlare) = r.value { return r.choice == .phase && r.rule == .severePain && r.valueText == "new_flare" }
    return false
}, "\(flare.reasons)")
check("plan a reason per choice", Set(flare.reasons.map { $0.choice }) == Set(PlanChoice.allCases))
check("plan nerve symptoms", flare.request?.nerveSymptoms == true && flare.request?.side == .right)
let withOptions = try! todaysPlan(assessment: base, minutes: 30, equipment: [.ball])
check("plan options", withOptions.request?.minutes == 30 && withOptions.request?.equipment == [.ball], "\(String(describing: withOptions.request))")
let careFirst = try! todaysPlan(assessment: withSaddle)
check("plan care first", !careFirst.allowsSelfCare && careFirst.routine == nil && careFirst.request == nil && careFirst.careFirst != nil && careFirst.triage.disposition == .emergency)

let log = (1...14).map { LogEntry(date: String(format: "2026-01-%02d", $0), pain: $0 <= 7 ? 7 : 3, nerveSymptoms: false, routineDone: true) }
let report = try! analyzeProgress(log: log, today: "2026-01-14")
check("progress trend", report.trend == .improving && report.change == -4.0, "\(report)")
check("progress dates", report.entries == 14 && report.firstDate == "2026-01-01" && report.lastDate == "2026-01-14", "\(report)")
check("progress no findings", report.findings.isEmpty)
// Two flares and four weeks of routine without change: both findings, with their numbers.
let flaring = (1...31).map { LogEntry(date: String(format: "2026-01-%02d", $0), pain: (4...6).contains($0) || (12...14).contains($0) ? 6 : 3, nerveSymptoms: false, routineDone: true) }
let stuck = try! analyzeProgress(log: flaring, today: "2026-01-31")
check("progress flares", stuck.flares.map { "\($0.start) \($0.end) \($0.peak)" } == ["2026-01-04 2026-01-06 6", "2026-01-12 2026-01-14 6"], "\(stuck.flares)")
check("progress findings", stuck.findings == [.noImprovement(weeks: 4), .keepsComingBack(flares: 2)], "\(stuck.findings)")
if case let .noImprovement(weeks)? = stuck.findings.first { check("progress finding values", weeks == stuck.selfCareWeeks) } else { check("progress finding values", false) }
let empty = try! analyzeProgress(log: [], today: "2026-01-31")
check("progress empty log", empty.entries == 0 && empty.firstDate == nil && empty.lastDate == nil)
// A bad date fails while crossing, as the typed error naming the date field.
for badDate in ["tomorrow", "2026-02-30", "2026-13-01", ""] {
    do { _ = try analyzeProgress(log: log, today: badDate); check("progress date \(badDate)", false) }
    catch let PiriformisError.InvalidInput(field, allowedText, _, reason, _) {
        check("progress date \(badDate) field", field == "date" && allowedText == ["dates as YYYY-MM-DD"] && reason.contains("'\(badDate)'"), reason)
    } catch { check("progress date \(badDate) kind", false) }
}
do { _ = try analyzeProgress(log: [LogEntry(date: "2026-01-01", pain: 12, nerveSymptoms: false, routineDone: false)], today: "2026-01-02"); check("progress pain", false) }
catch let PiriformisError.InvalidInput(field, allowedText, _, _, _) { check("progress pain field", field == "log[0].pain" && allowedText == [allowed("pain")]) } catch { check("progress pain kind", false) }

let map = try! bodyMap(side: .both, highlight: .lateral, painRegions: [.calf]).svg
check("body map", map.hasPrefix("<svg") && map.contains("lateral highlighted") && map.contains("class=\"pain calf\""))
check("body map default side", (try! bodyMap()).svg.contains("right side"))
let chart = try! progressChartSvg(log: log, today: "2026-01-14")
check("progress chart", chart.contains("<polyline"))
do { _ = try progressChartSvg(log: log, today: "2026-13-01"); check("chart date", false) } catch let PiriformisError.InvalidInput(field, _, _, _, _) { check("chart date field", field == "date") } catch { check("chart date kind", false) }
let found = painLookup(regions: [.foot, .outerHip], side: .right)
check("lookup", found.candidates.count == 1 && found.candidates[0].triggerPoint == .lateral && found.unexplained.map { $0.region } == [.outerHip])
check("lookup candidate", found.candidates[0].muscle == .piriformis && found.candidates[0].sides == [.right] && found.candidates[0].spillover == [.foot])
check("lookup look-alikes by region", found.unexplained[0].consider == [.hipBursitis] && found.unexplained[0].considerNames == ["Hip bursitis"])

// ---- bad input (issue 13) ----
// The shared bad-JSON vectors (raw text: repeated keys, trailing input, arrays
// for objects, long values), through triageFromJson.
let badPath = CommandLine.arguments[2]
let badDoc = try! JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: badPath))) as! [String: Any]
var badRun = 0
for case let c as [String: Any] in badDoc["cases"] as! [Any] where c["entry"] as? String == "assessment" {
    badRun += 1
    let name = "bad json: \(c["name"] as! String)"
    let want = c["expect_error"] as! [String: Any]
    do {
        let r = try triageFromJson(json: c["text"] as! String)
        check(name, false, "accepted: \(r.disposition)")
    } catch let e as PiriformisError {
        let (field, reason) = errorParts(e)
        check("\(name) field", field == want["field"] as? String, "\(String(describing: field))")
        check("\(name) message", reason.contains(want["message_contains"] as! String), reason)
        if let max = want["message_max_chars"] as? Int { check("\(name) length", reason.count <= max, "\(reason.count)") }
    } catch {
        check(name, false, "unexpected \(error)")
    }
}
check("bad json vectors", badRun >= 30, "\(badRun) run")

// Out-of-range numbers and unknown ids through the typed API: a typed error
// naming the field, never a crash or a silent default.
func rejects(_ name: String, _ field: (String?) -> Bool, _ allowedText: String? = nil, _ call: () throws -> Void) {
    do { try call(); check(name, false, "accepted") }
    catch let PiriformisError.InvalidInput(got, gotAllowed, _, reason, _) {
        check("\(name) field", field(got), "\(String(describing: got)): \(reason)")
        if let want = allowedText { check("\(name) allowed", gotAllowed == [want] && reason.contains(want), "\(String(describing: gotAllowed)): \(reason)") }
    }
    catch { check(name, false, "unexpected \(error)") }
}
func named(_ f: String) -> (String?) -> Bool { { $0 == f } }
let anyPath: (String?) -> Bool = { ($0 ?? "").isEmpty == false && !($0 ?? "?").contains("?") }
func with(_ change: (inout Assessment) -> Void) -> Assessment { var a = base; change(&a); return a }
rejects("pain Int32.max", named("pain_now"), allowed("pain")) { _ = try triage(assessment: with { $0.painNow = Int32.max }) }
rejects("pain Int32.min", named("pain_now"), allowed("pain")) { _ = try triage(assessment: with { $0.painNow = Int32.min }) }
rejects("self-care weeks 600", named("self_care_weeks"), allowed("self_care_weeks")) { _ = try triage(assessment: with { $0.selfCareWeeks = 600 }) }
rejects("self-care weeks -1", named("self_care_weeks"), allowed("self_care_weeks")) { _ = try triage(assessment: with { $0.selfCareWeeks = -1 }) }
rejects("routine minutes 121", named("minutes"), allowed("minutes")) { _ = try buildRoutine(request: RoutineRequest(side: .left, phase: .newFlare, equipment: [], minutes: 121, nerveSymptoms: false, trend: nil, triage: nil)) }
rejects("routine minutes -5", named("minutes"), allowed("minutes")) { _ = try buildRoutine(request: RoutineRequest(side: .left, phase: .newFlare, equipment: [], minutes: -5, nerveSymptoms: false, trend: nil, triage: nil)) }
rejects("plan minutes 121", named("minutes"), allowed("minutes")) { _ = try todaysPlan(assessment: base, minutes: 121) }
rejects("log pain 11", named("log[0].pain"), allowed("pain")) { _ = try analyzeProgress(log: [LogEntry(date: "2026-01-01", pain: 11, nerveSymptoms: false, routineDone: false)], today: "2026-01-02") }
rejects("log pain -1", named("log[1].pain"), allowed("pain")) { _ = try analyzeProgress(log: [LogEntry(date: "2026-01-01", pain: 1, nerveSymptoms: false, routineDone: false), LogEntry(date: "2026-01-02", pain: -1, nerveSymptoms: false, routineDone: false)], today: "2026-01-02") }
rejects("log date 30 February", named("date"), "dates as YYYY-MM-DD") { _ = try analyzeProgress(log: [LogEntry(date: "2026-02-30", pain: 3, nerveSymptoms: false, routineDone: false)], today: "2026-03-02") }
rejects("log date not a date", named("date"), "dates as YYYY-MM-DD") { _ = try analyzeProgress(log: [LogEntry(date: "yesterday", pain: 3, nerveSymptoms: false, routineDone: false)], today: "2026-03-02") }
rejects("answer pain -1", anyPath) { _ = try nextStep(answers: [.painNow: .number(value: -1)]) }
rejects("answer pain Int32.min", anyPath) { _ = try nextStep(answers: [.painNow: .number(value: Int32.min)]) }
rejects("answer of the wrong vocabulary", anyPath) { _ = try nextStep(answers: [.bladderOrBowelControl: .side(value: .left)]) }
rejects("answer regions for qualities", anyPath) { _ = try nextStep(answers: [.painQualities: .painRegions(value: [.buttock])]) }
rejects("answer choice for a scale", anyPath) { _ = try nextStep(answers: [.painNow: .yesNo(value: .yes)]) }
rejects("unknown vocabulary", named("name")) { _ = try vocabularyIds(name: String(repeating: "x", count: 10_000)) }

// ---- as an iOS app uses it (issue 16) ----
// A partial assessment from one argument: every other field is unknown, never "no".
let partial = try! triage(assessment: Assessment(painNow: 4))
check("app: partial assessment", partial.provisional && partial.disposition >= .seeClinician && partial.unanswered.contains(.saddleNumbness), "\(partial.disposition)")
// Results carry the rule table's version; the library reports all of its versions.
let info = libraryInfo()
check("app: versions", partial.rulesVersion == info.rules && info.rules >= 1 && info.catalogue >= 1 && !info.library.isEmpty && knowledgeJson().contains(info.knowledgeSchema), "\(info)")
// Dispositions compare by urgency.
check("app: dispositions ordered", Disposition.emergency > .urgent && Disposition.selfCare < .seeClinician &&
    Disposition.allCases.sorted() == Disposition.allCases && max(partial.disposition, .urgent) == .urgent)
func replyKind(of r: Reply) -> ReplyKind {
    switch r {
    case .yesNo: return .yesNo
    case .nerve: return .nerve
    case .side: return .side
    case .painRegions: return .painRegions
    case .painQualities: return .painQualities
    case .worseWith: return .worseWith
    case .tenderAreas: return .tenderAreas
    case .number: return .number
    }
}
// Every choice comes with the typed reply that picks it.
check("app: choices carry their replies", catalogue().allSatisfy { q in q.choices.allSatisfy { replyKind(of: $0.reply) == q.replyKind } })

// What a person with piriformis-like pain and no warning signs would answer.
func calmReply(_ q: Question) -> Reply {
    switch q.replyKind {
    case .yesNo: return .yesNo(value: .no)
    case .nerve: return .nerve(value: .absent)
    case .side: return .side(value: .left)
    case .painRegions: return .painRegions(value: [.buttock])
    case .painQualities: return .painQualities(value: [.aching])
    // Lists come back in id order, without repeats (as the core keeps them).
    case .worseWith: return .worseWith(value: [.crossingLegs, .hardSurface])
    case .tenderAreas: return .tenderAreas(value: [.deepButtock])
    case .number: return .number(value: q.id == .painNow ? 3 : 0)
    }
}
/// The interview loop as a screen runs it: ask until done.
func interview(_ answers: inout [QuestionId: Reply], _ pick: (Question) -> Reply) throws -> (Assessment, Triage, Bool, InterviewProgress)? {
    for _ in 0...(2 * QuestionId.allCases.count) {
        switch try nextStep(answers: answers) {
        case let .ask(question, _): answers[question.id] = pick(question)
        case let .done(assessment, triage, stoppedEarly, progress, _): return (assessment, triage, stoppedEarly, progress)
        }
    }
    return nil
}
var calmAnswers: [QuestionId: Reply] = [:]
if let (assessment, triage, stoppedEarly, progress) = try! interview(&calmAnswers, calmReply) {
    check("app: interview to the end", !stoppedEarly && triage.disposition == .selfCare && !triage.provisional &&
        Int(progress.asked) == calmAnswers.count && progress.remainingAtMost == 0, "\(triage.disposition) \(progress)")
    check("app: interview assessment", assessment.painNow == 3 && assessment.side == .left && triage.likelySource.verdict == .piriformis)
} else { check("app: interview to the end", false, "it did not end") }
// "Not sure" about an emergency sign is asked once more, with a check to do now.
var shownAgain: [Question] = []
var againAnswers: [QuestionId: Reply] = [.saddleNumbness: .yesNo(value: .notSure), .sexualDysfunction: .yesNo(value: .doesNotApply)]
if let (assessment, triage, _, _) = try! interview(&againAnswers, { q in
    if q.again { shownAgain.append(q); return .yesNo(value: .stillNotSure) }
    return calmReply(q)
}) {
    check("app: asked again once, with the wiping test", shownAgain.map { $0.id } == [.saddleNumbness] && shownAgain[0].help.contains("wipe") &&
        shownAgain[0].choices.last?.reply == .yesNo(value: .stillNotSure), "\(shownAgain)")
    check("app: still not sure is urgent and open", triage.disposition == .urgent && triage.provisional &&
        triage.unanswered == [.saddleNumbness] && assessment.redFlags[.sexualDysfunction] == .absent, "\(triage)")
} else { check("app: asked again", false, "it did not end") }
check("app: not sexually active is offered", redFlagInfo(flag: .sexualDysfunction).doesNotApply == "Not sexually active since the pain began")
// Tapping the first choice each time: the first question's "yes" ends it early as an emergency.
var tappedAnswers: [QuestionId: Reply] = [:]
if let (_, triage, stoppedEarly, _) = try! interview(&tappedAnswers, { $0.choices.first?.reply ?? .number(value: 0) }) {
    check("app: emergency ends it early", stoppedEarly && triage.disposition == .emergency, "\(triage.disposition)")
} else { check("app: emergency ends it early", false) }

// A contradiction is reported at its second answer, naming both questions, with readable text.
let severe: [QuestionId: Reply] = [.severeOrConstantPain: .yesNo(value: .yes)]
if case .ask = try! nextStep(answers: severe) { check("app: first of two answers is fine", true) } else { check("app: first of two answers is fine", false) }
var severeAndNone = severe
severeAndNone[.painNow] = .number(value: 0)
do { _ = try nextStep(answers: severeAndNone); check("app: contradiction", false) }
catch let e as PiriformisError {
    if case let .Contradiction(_, _, questions, reason, _) = e {
        check("app: contradiction questions", questions == [.painNow, .severeOrConstantPain], "\(questions)")
        check("app: readable error", e.localizedDescription == reason && "\(e)" == reason && reason.hasPrefix("answers.pain_now: contradicts answers.severe_or_constant_pain"), e.localizedDescription)
    } else { check("app: contradiction kind", false, "\(e)") }
}
do { _ = try triage(assessment: Assessment(painNow: 11)); check("app: readable range error", false) }
catch let e as PiriformisError { check("app: readable range error", e.localizedDescription == "pain_now: 11 is out of range; allowed: \(allowed("pain"))", e.localizedDescription) }
do { _ = try nextStep(answers: [.side: .yesNo(value: .yes)]); check("app: allowed list", false) }
catch let PiriformisError.InvalidInput(_, allowedIds, question, _, _) { check("app: allowed list", allowedIds == Side.allCases.map { id($0) } && question == .side, "\(allowedIds)") }
catch { check("app: allowed list kind", false) }

// Save the answers, then restore them after a library update that retired a question.
let saved = answersToJson(answers: calmAnswers)
let restored = try! answersFromJson(json: saved)
check("app: answers restored", restored.answers == calmAnswers && restored.dropped.isEmpty && restored.savedVersion == info.catalogue)
let afterUpdate = saved.replacingOccurrences(of: "\"fever\"", with: "\"fever_last_month\"")
do { _ = try answersFromJson(json: afterUpdate); check("app: strict restore", false) }
catch let e as PiriformisError { check("app: strict restore names it", e.localizedDescription.contains("fever_last_month"), e.localizedDescription) }
let lenient = try! answersFromJson(json: afterUpdate, lenient: true)
var withoutFever = calmAnswers
withoutFever[.fever] = nil
check("app: lenient restore", lenient.answers == withoutFever && lenient.dropped.map { $0.question } == ["fever_last_month"] &&
    !lenient.dropped[0].wasYes && !lenient.dropped[0].reason.isEmpty, "\(lenient)")
if case let .ask(question, _) = try! nextStep(answers: lenient.answers) { check("app: the dropped question is asked again", question.id == .fever, "\(question.id)") }
else { check("app: the dropped question is asked again", false) }
let yesSaved = answersToJson(answers: [.fever: .yesNo(value: .yes)]).replacingOccurrences(of: "\"fever\"", with: "\"old_fever\"")
check("app: a dropped yes is flagged", (try! answersFromJson(json: yesSaved, lenient: true)).dropped.first?.wasYes == true)
// Results are Codable: an app can keep one with JSONEncoder.
let encoded = try! JSONEncoder().encode(partial)
check("app: codable", (try! JSONDecoder().decode(Triage.self, from: encoded)) == partial)

// Typed knowledge next to the JSON, and the body map as data.
let bridgeInfo = exerciseInfo(exercise: .gluteBridge)
check("app: exercise info", bridgeInfo.id == .gluteBridge && !bridgeInfo.name.isEmpty && !bridgeInfo.steps.isEmpty &&
    !bridgeInfo.sources.isEmpty && bridgeInfo.sourceTexts.count == bridgeInfo.sources.count && !bridgeInfo.dosage.text.isEmpty, "\(bridgeInfo)")
check("app: every exercise", Exercise.allCases.allSatisfy { e in let i = exerciseInfo(exercise: e); return i.id == e && i.stopIf.count == i.stopIfText.count })
let saddle = redFlagInfo(flag: .saddleNumbness)
check("app: red flag info", saddle.tier == .emergency && saddle.pathway == .caudaEquina && !saddle.question.isEmpty && !saddle.sources.isEmpty, "\(saddle)")
check("app: a red flag's tier is its triage", redFlagInfo(flag: .bladderOrBowelControl).tier == (try! triage(assessment: Assessment(redFlags: [.bladderOrBowelControl: .present]))).disposition)
check("app: citations", Citation.allCases.allSatisfy { c in let i = citationInfo(citation: c); return i.id == c && !i.line.isEmpty && i.year > 1900 })
extension RegionShape {
    func contains(_ px: Double, _ py: Double) -> Bool {
        switch self {
        case let .ellipse(cx, cy, rx, ry): return pow((px - cx) / rx, 2) + pow((py - cy) / ry, 2) <= 1
        case let .rect(x, y, width, height, _): return (x...(x + width)).contains(px) && (y...(y + height)).contains(py)
        }
    }
}
let styled = try! bodyMap(painRegions: [.calf], painColour: "#00aa00", labels: [.calf: "Wade"])
let calfRegion = styled.regions.first { $0.region == .calf }!
check("app: body map data", styled.svg.contains("#00aa00") && styled.description.contains("Wade") && styled.svg.contains(styled.title) &&
    styled.regions.count == BodyRegion.allCases.count && calfRegion.inPain && calfRegion.label == "Wade" && calfRegion.side == .right, "\(calfRegion)")
check("app: tap a region", styled.regions.filter { $0.shape.contains(268, 520) }.map { $0.region } == [.calf])
do { _ = try bodyMap(zoneColour: "red\"/><script>"); check("app: colour checked", false) }
catch let PiriformisError.InvalidInput(field, allowedText, _, _, _) { check("app: colour checked", field == "style.zone_colour" && allowedText == ["colours as #rgb or #rrggbb"]) }
catch { check("app: colour checked kind", false) }

// FHIR as JSON text (the library is built with --features cli,fhir; the resources themselves are
// checked by three validators in scripts/test-fhir.sh). Here: the functions cross, and errors are typed.
let fq = fhirQuestionnaire()
check("fhir questionnaire", fq.contains("\"resourceType\":\"Questionnaire\"") && fq.contains("\"linkId\":\"bladder_or_bowel_control\""))
let fqr = try! fhirResponse(answersJson: #"{"fever":"no","pain_now":6}"#)
check("fhir response", fqr.contains("\"valueInteger\":6"))
check("fhir answers", try! fhirAnswers(responseJson: fqr).contains("\"fever\":\"no\""))
let fnext = try! fhirNextQuestion(responseJson: try! fhirResponse(answersJson: "{}"))
check("fhir next question", fnext.contains("\"linkId\":\"bladder_or_bowel_control\"") && fnext.contains("\"status\":\"in-progress\""))
let femergency = #"{"red_flags":{"saddle_numbness":"present"},"pain_now":5}"#
let fbundle = try! fhirAssessmentBundle(assessmentJson: femergency, day: "2026-01-15", subject: "Patient/p1")
check("fhir bundle", fbundle.contains("\"72514-3\"") && fbundle.contains("\"priority\":\"stat\""))
check("fhir guidance", try! fhirGuidance(assessmentJson: femergency).contains("\"priority\":\"stat\""))
check("fhir pain bundle", try! fhirPainBundle(logJson: #"[{"date":"2026-01-01","pain":7}]"#).contains("\"valueInteger\":7"))
let fplan = try! fhirCarePlan(requestJson: #"{"side":"left","phase":"new_flare","minutes":15}"#, subject: "Patient/p1")
check("fhir care plan", fplan.contains("\"resourceType\":\"CarePlan\"") && fplan.contains("\"229065009\""))
check("fhir code systems", fhirCodeSystems().contains("\"resourceType\":\"CodeSystem\""))
check("fhir concept map", fhirConceptMap().contains("\"resourceType\":\"ConceptMap\""))
do { _ = try fhirAnswers(responseJson: "[]"); check("fhir bad response", false) } catch let PiriformisError.InvalidInput(field, _, _, _, _) { check("fhir bad response field", field == "response") } catch { check("fhir bad response kind", false, "\(error)") }
do { _ = try fhirAssessmentBundle(assessmentJson: "{}", day: "soon"); check("fhir bad day", false) } catch let PiriformisError.InvalidInput(field, _, _, _, _) { check("fhir bad day field", field == "day") } catch { check("fhir bad day kind", false, "\(error)") }
// A bad FHIR response keeps the floor of a red-flag "yes" read anywhere in it, whatever else is wrong.
let fyes = #"{"linkId":"saddle_numbness","answer":[{"valueCoding":{"system":"https://w3id.org/piriformis/fhir/CodeSystem/answer-yes-no","code":"yes"}}]}"#
func fqrOf(_ items: String, _ type: String = "QuestionnaireResponse") -> String {
    #"{"resourceType":"\#(type)","questionnaire":"q","status":"in-progress","item":[\#(items)]}"#
}
let fbad: [(String, String)] = [
    ("unknown linkId", fqrOf(fyes + #",{"linkId":"no_such_question"}"#)),
    ("repeated linkId", fqrOf(fyes + "," + fyes)),
    ("valueBoolean", fqrOf(#"{"linkId":"saddle_numbness","answer":[{"valueBoolean":true}]}"#)),
    ("wrong code system", fqrOf(#"{"linkId":"saddle_numbness","answer":[{"valueCoding":{"system":"http://example.org","code":"yes"}}]}"#)),
    ("pain 11", fqrOf(fyes + #",{"linkId":"pain_now","answer":[{"valueInteger":11}]}"#)),
    ("resourceType", fqrOf(fyes, "Patient")),
]
for (name, qr) in fbad {
    do { _ = try fhirAnswers(responseJson: qr); check("fhir answers \(name)", false) } catch let e as PiriformisError { check("fhir answers \(name) keeps the floor", atLeast(e) == "emergency", "\(e)") } catch { check("fhir answers \(name) kind", false, "\(error)") }
    do { _ = try fhirNextQuestion(responseJson: qr); check("fhir next question \(name)", false) } catch let e as PiriformisError { check("fhir next question \(name) keeps the floor", atLeast(e) == "emergency", "\(e)") } catch { check("fhir next question \(name) kind", false, "\(error)") }
}
do { _ = try fhirAnswers(responseJson: fqrOf(fyes, "Patient")); check("fhir resourceType", false) } catch let PiriformisError.InvalidInput(field, allowedText, _, _, _) {
    check("fhir resourceType field", field == "resourceType" && allowedText == ["QuestionnaireResponse"], "\(String(describing: field)) \(allowedText)") } catch { check("fhir resourceType kind", false, "\(error)") }
do { _ = try fhirResponse(answersJson: #"{"saddle_numbness":"yes","pain_now":11}"#); check("fhir response bad answer", false) } catch let e as PiriformisError { check("fhir response keeps the floor", atLeast(e) == "emergency", "\(e)") } catch { check("fhir response bad answer kind", false, "\(error)") }
// A "yes" in a nested item (a group) is read, and not asked again.
let fnested = fqrOf(#"{"linkId":"warning_signs","item":["# + fyes + "]}")
check("fhir nested yes read", try! fhirAnswers(responseJson: fnested).contains(#""saddle_numbness":"yes""#))
let fnestedNext = try! JSONSerialization.jsonObject(with: Data(try! fhirNextQuestion(responseJson: fnested).utf8)) as! [String: Any]
check("fhir nested yes not asked again", (fnestedNext["item"] as! [[String: Any]]).allSatisfy { ($0["linkId"] as? String) != "saddle_numbness" || $0["answer"] != nil })

for f in failures { FileHandle.standardError.write(("FAIL " + f + "\n").data(using: .utf8)!) }
print("swift: \(passed) passed, \(failures.count) failed")
exit(failures.isEmpty ? 0 : 1)
