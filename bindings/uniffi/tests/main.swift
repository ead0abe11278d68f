// Swift tests of the piriformis bindings: the shared triage vectors and every
// exported function, bad input included. Run by scripts/test-bindings.sh.
import Foundation

var passed = 0
var failures: [String] = []
func check(_ name: String, _ ok: Bool, _ detail: @autoclosure () -> String = "") {
    if ok { passed += 1 } else { failures.append("\(name): \(detail())") }
}

/// lowerCamelCase Swift case name -> the snake_case id used in JSON.
func snake(_ value: Any) -> String {
    var out = ""
    for ch in String(describing: value) {
        if ch.isUppercase {
            out += "_" + ch.lowercased()
        } else {
            out += String(ch)
        }
    }
    return out
}

func errorParts(_ e: PiriformisError) -> (String?, String) {
    switch e {
    case let .InvalidInput(field, _, reason, _): return (field, reason)
    case let .Contradiction(field, _, reason, _): return (field, reason)
    case let .CareNeededFirst(_, reason): return (nil, reason)
    }
}

/// The disposition that red flags answered "present" still need, as its JSON id.
func atLeast(_ e: PiriformisError) -> String? {
    switch e {
    case let .InvalidInput(_, _, _, floor): return floor.map { snake($0) }
    case let .Contradiction(_, _, _, floor): return floor.map { snake($0) }
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
    let policy: TriagePolicy = (c["policy"] as? String) == "clinician_referral" ? .clinicianReferral : .selfCheck
    check("\(name) policy id", ["self_check", "clinician_referral"].contains((c["policy"] as? String) ?? "self_check"))
    do {
        let r = try triageFromJsonWithPolicy(json: input, policy: policy)
        check("\(name) policy", r.policy == policy)
        guard let e = c["expect"] as? [String: Any] else { check(name, false, "expected an error, got \(r.disposition)"); continue }
        check("\(name) disposition", snake(r.disposition) == e["disposition"] as! String, snake(r.disposition))
        let fired = r.fired.map { snake($0.id) }.sorted()
        check("\(name) fired", fired == e["fired"] as! [String], "\(fired)")
        check("\(name) provisional", r.provisional == e["provisional"] as! Bool)
        if let s = e["likely_source"] as? String { check("\(name) source", snake(r.likelySource) == s) }
        if let u = e["unanswered"] as? [String] { check("\(name) unanswered", r.unanswered.map { snake($0) } == u, "\(r.unanswered.map { snake($0) })") }
        for want in (e["cautions_include"] as? [String]) ?? [] { check("\(name) caution \(want)", r.cautions.contains { snake($0.id) == want }) }
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
let allFlags: [RedFlag] = [.bladderOrBowelControl, .saddleNumbness, .bothLegs, .sexualDysfunction, .footDrop, .unsteadyWalking, .fever,
    .unexplainedWeightLoss, .nightSweats, .painNotEasedByRest, .historyOfCancer, .immunosuppression, .osteoporosisOrSteroids,
    .newPainUnder20OrOver50, .severeOrConstantPain, .seriousAccident, .painGettingWorse, .caudaEquinaSignsRecent, .injectingDrugUse,
    .recentInfection]
check("red flag list complete", allFlags.count == (try! vocabularyIds(name: "RedFlag")).count)
for f in allFlags { flags[f] = .absent }
let base = Assessment(side: .right, painNow: 4, painRegions: [.buttock], painQualities: [.aching], worseWith: [.hardSurface, .crossingLegs],
    tenderAreas: [.deepButtock], nerve: NerveSymptoms(numbness: .absent, tingling: .stable, weakness: .absent, legs: .one),
    redFlags: flags, afterFallOrAccident: .absent, selfCareWeeks: 1, selfCareHelped: .unknown, keepsComingBack: .absent)
let t = try! triage(assessment: base)
check("triage typed", t.disposition == .selfCare && t.likelySource == .piriformis && !t.provisional, "\(t)")
check("triage cautions", t.cautions.contains { $0.id == .nerveSymptomsGentle })
var withSaddle = base
withSaddle.redFlags[.saddleNumbness] = .present
let emergency = try! triage(assessment: withSaddle)
check("triage emergency", emergency.disposition == .emergency)
var bad = base
bad.painNow = 11
do { _ = try triage(assessment: bad); check("pain 11", false) } catch let PiriformisError.InvalidInput(field, allowed, _, _) {
    check("pain 11 field", field == "pain_now" && allowed == "whole numbers 0-10") } catch { check("pain 11 kind", false, "\(error)") }
bad.painNow = -1
do { _ = try triage(assessment: bad); check("pain -1", false) } catch let PiriformisError.InvalidInput(field, _, _, _) { check("pain -1 field", field == "pain_now") } catch { check("pain -1 kind", false) }
var contra = base
contra.nerve = NerveSymptoms(numbness: .absent, tingling: .worsening, weakness: .absent, legs: .neither)
do { _ = try triage(assessment: contra); check("contradiction", false) } catch let PiriformisError.Contradiction(field, other, _, _) {
    check("contradiction fields", field == "nerve.tingling" && other == "nerve.legs") } catch { check("contradiction kind", false) }
do { _ = try triageFromJson(json: "{\"mood\": 1}"); check("unknown field", false) } catch let e as PiriformisError { check("unknown field message", errorParts(e).1.contains("unknown field")) }
do { _ = try triageFromJson(json: "not json"); check("not json", false) } catch { check("not json throws", error is PiriformisError) }

check("knowledge json", knowledgeJson().contains("\"schema_version\""))
check("notice", notice().contains("not medical advice"))
let questions = catalogue()
check("catalogue", questions.count == (try! vocabularyIds(name: "QuestionId")).count && questions[0].id == .bladderOrBowelControl)
check("vocabulary ids", try! vocabularyIds(name: "Disposition") == ["self_care", "see_clinician", "see_clinician_soon", "urgent", "emergency"])
do { _ = try vocabularyIds(name: "Nope"); check("vocabulary bad", false) } catch let PiriformisError.InvalidInput(field, _, _, _) { check("vocabulary bad field", field == "name") } catch { check("vocabulary bad kind", false) }

let first = try! nextStep(answers: [:])
check("next step first", first.question?.id == .bladderOrBowelControl && first.triage == nil)
let stop = try! nextStep(answers: [.bladderOrBowelControl: .choice("yes")])
// The clinician policy asks when cauda equina signs began before it stops.
let onset = try! nextStepWithPolicy(answers: [.bladderOrBowelControl: .choice("yes")], policy: .clinicianReferral)
check("clinician policy asks the onset", onset.question?.id == .caudaEquinaSignsRecent, "\(onset)")
let longStanding = try! nextStepWithPolicy(answers: [.bladderOrBowelControl: .choice("yes"), .caudaEquinaSignsRecent: .choice("no")], policy: .clinicianReferral)
check("long-standing goes on asking", longStanding.question != nil && longStanding.triage == nil)
let cancerLeg = try! triageFromJson(json: #"{"red_flags": {"history_of_cancer": "present"}, "pain_regions": ["calf"]}"#)
check("cancer with leg pain", cancerLeg.disposition == .emergency && cancerLeg.fired.contains { $0.pathway == .cancer })
let nerveRoutine = try! buildRoutine(request: RoutineRequest(side: .left, phase: .chronicTightness, equipment: [.heatPack], minutes: 20, nerveSymptoms: true, trend: nil, triage: nil))
check("no heat with nerve symptoms", !nerveRoutine.steps.contains { $0.exercise == .heat } && nerveRoutine.gates.contains { $0.id == .noHeatWithNerveSymptoms })
check("next step emergency stop", stop.stoppedEarly && stop.triage?.disposition == .emergency)
do { _ = try nextStep(answers: [.painNow: .number(12)]); check("bad answer", false) } catch let PiriformisError.InvalidInput(field, _, _, _) { check("bad answer field", field == "answers.pain_now") } catch { check("bad answer kind", false) }

let routine = try! buildRoutine(request: RoutineRequest(side: .left, phase: .newFlare, equipment: [.coldPack, .heatPack], minutes: 20, nerveSymptoms: false, trend: nil, triage: nil))
check("routine budget", routine.totalSeconds <= 20 * 60 && !routine.steps.isEmpty)
check("routine cold not heat", routine.steps.contains { $0.exercise == .cold } && !routine.steps.contains { $0.exercise == .heat })
check("routine stop cues", routine.steps.allSatisfy { !$0.stopIf.isEmpty })
do { _ = try buildRoutine(request: RoutineRequest(side: .left, phase: .chronicTightness, equipment: [], minutes: 20, nerveSymptoms: false, trend: nil, triage: emergency)); check("routine gate", false) }
catch let PiriformisError.CareNeededFirst(disposition, _) { check("routine gate disposition", disposition == .emergency) } catch { check("routine gate kind", false) }
do { _ = try buildRoutine(request: RoutineRequest(side: .left, phase: .chronicTightness, equipment: [], minutes: 0, nerveSymptoms: false, trend: nil, triage: nil)); check("routine minutes", false) }
catch let PiriformisError.InvalidInput(field, _, _, _) { check("routine minutes field", field == "minutes") } catch { check("routine minutes kind", false) }

let log = (1...14).map { LogEntry(date: String(format: "2026-01-%02d", $0), pain: $0 <= 7 ? 7 : 3, nerveSymptoms: false, routineDone: true) }
let report = try! analyzeProgress(log: log, today: "2026-01-14")
check("progress trend", report.trend == .improving && report.change == -4.0, "\(report)")
do { _ = try analyzeProgress(log: log, today: "tomorrow"); check("progress date", false) } catch let PiriformisError.InvalidInput(field, _, _, _) { check("progress date field", field == "today") } catch { check("progress date kind", false) }

let map = bodyMapSvg(side: .both, highlight: .lateral, painRegions: [.calf])
check("body map", map.hasPrefix("<svg") && map.contains("lateral highlighted") && map.contains("class=\"pain calf\""))
check("body map default side", bodyMapSvg(side: nil, highlight: nil, painRegions: []).contains("right side"))
let chart = try! progressChartSvg(log: log, today: "2026-01-14")
check("progress chart", chart.contains("<polyline"))
do { _ = try progressChartSvg(log: log, today: "2026-13-01"); check("chart date", false) } catch let PiriformisError.InvalidInput(field, _, _, _) { check("chart date field", field == "today") } catch { check("chart date kind", false) }
let found = painLookup(regions: [.foot, .outerHip], side: .right)
check("lookup", found.candidates.count == 1 && found.candidates[0].triggerPoint == .lateral && found.unexplained == [.outerHip])
check("lookup consider", found.consider == ["Hip bursitis"])

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
func rejects(_ name: String, _ field: (String?) -> Bool, _ call: () throws -> Void) {
    do { try call(); check(name, false, "accepted") }
    catch let PiriformisError.InvalidInput(got, _, reason, _) { check("\(name) field", field(got), "\(String(describing: got)): \(reason)") }
    catch { check(name, false, "unexpected \(error)") }
}
func named(_ f: String) -> (String?) -> Bool { { $0 == f } }
let anyPath: (String?) -> Bool = { ($0 ?? "").isEmpty == false && !($0 ?? "?").contains("?") }
func with(_ change: (inout Assessment) -> Void) -> Assessment { var a = base; change(&a); return a }
rejects("pain Int32.max", named("pain_now")) { _ = try triage(assessment: with { $0.painNow = Int32.max }) }
rejects("pain Int32.min", named("pain_now")) { _ = try triage(assessment: with { $0.painNow = Int32.min }) }
rejects("self-care weeks 600", named("self_care_weeks")) { _ = try triage(assessment: with { $0.selfCareWeeks = 600 }) }
rejects("self-care weeks -1", named("self_care_weeks")) { _ = try triage(assessment: with { $0.selfCareWeeks = -1 }) }
rejects("routine minutes 121", named("minutes")) { _ = try buildRoutine(request: RoutineRequest(side: .left, phase: .newFlare, equipment: [], minutes: 121, nerveSymptoms: false, trend: nil, triage: nil)) }
rejects("routine minutes -5", named("minutes")) { _ = try buildRoutine(request: RoutineRequest(side: .left, phase: .newFlare, equipment: [], minutes: -5, nerveSymptoms: false, trend: nil, triage: nil)) }
rejects("log pain 11", named("log[0].pain")) { _ = try analyzeProgress(log: [LogEntry(date: "2026-01-01", pain: 11, nerveSymptoms: false, routineDone: false)], today: "2026-01-02") }
rejects("log pain -1", named("log[1].pain")) { _ = try analyzeProgress(log: [LogEntry(date: "2026-01-01", pain: 1, nerveSymptoms: false, routineDone: false), LogEntry(date: "2026-01-02", pain: -1, nerveSymptoms: false, routineDone: false)], today: "2026-01-02") }
rejects("log date 30 February", named("log[0].date")) { _ = try analyzeProgress(log: [LogEntry(date: "2026-02-30", pain: 3, nerveSymptoms: false, routineDone: false)], today: "2026-03-02") }
rejects("log date not a date", named("log[0].date")) { _ = try analyzeProgress(log: [LogEntry(date: "yesterday", pain: 3, nerveSymptoms: false, routineDone: false)], today: "2026-03-02") }
rejects("answer pain -1", anyPath) { _ = try nextStep(answers: [.painNow: .number(-1)]) }
rejects("answer pain NaN", anyPath) { _ = try nextStep(answers: [.painNow: .number(Double.nan)]) }
rejects("answer unknown choice", anyPath) { _ = try nextStep(answers: [.bladderOrBowelControl: .choice("maybe")]) }
rejects("answer unknown region", anyPath) { _ = try nextStep(answers: [.painRegions: .choices(["buttock", "elbow"])]) }
rejects("answer choice for a scale", anyPath) { _ = try nextStep(answers: [.painNow: .choice("high")]) }
rejects("unknown vocabulary", named("name")) { _ = try vocabularyIds(name: String(repeating: "x", count: 10_000)) }

for f in failures { FileHandle.standardError.write(("FAIL " + f + "\n").data(using: .utf8)!) }
print("swift: \(passed) passed, \(failures.count) failed")
exit(failures.isEmpty ? 0 : 1)
