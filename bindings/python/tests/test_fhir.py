"""FHIR R4 export from Python: resources come back as dicts, the answers
survive a QuestionnaireResponse, the triage in the assessment Bundle is the
vector's, and bad input raises the usual errors."""

import json
import pathlib

import pytest

from piriformis import _piriformis as native

ROOT = pathlib.Path(__file__).resolve().parents[3]
def _says_no_leg_with_a_sign_unknown(case):
    """The questions cannot say "no leg is involved" while a nerve sign is
    "not sure" (the legs are read from the signs): such a case is the JSON
    assessment's only, as in the Rust round-trip test."""
    nerve = case["input"].get("nerve", {})
    signs = [nerve.get(s, "unknown") for s in ("numbness", "tingling", "weakness")]
    return nerve.get("legs") == "neither" and "unknown" in signs


VECTORS = [
    c
    for c in json.loads((ROOT / "tests/vectors/triage.json").read_text())["cases"]
    if "expect" in c and not _says_no_leg_with_a_sign_unknown(c)
]


def contained(resource, kind):
    return [r for r in resource.get("contained", []) if r["resourceType"] == kind]


def test_questionnaire_lists_the_catalogue():
    q = native.fhir_questionnaire()
    assert q["resourceType"] == "Questionnaire"
    assert q["url"] and q["version"]
    catalogue = [c["id"] for c in [q.to_dict() for q in native.catalogue()]]
    link_ids = [i["linkId"] for i in q["item"]]
    assert set(link_ids) <= set(catalogue)
    assert link_ids[0] == catalogue[0]
    for item in q["item"]:
        if len(item.get("enableWhen", [])) > 1:
            assert item["enableBehavior"] in ("any", "all")


def test_answers_round_trip_through_a_response():
    answers = {"fever": "no", "side": "left", "pain_now": 6, "pain_regions": ["buttock"]}
    qr = native.fhir_response(json.dumps(answers))
    assert qr["resourceType"] == "QuestionnaireResponse"
    assert native.fhir_answers(json.dumps(qr)) == answers


@pytest.mark.parametrize("case", VECTORS, ids=[c["name"] for c in VECTORS])
def test_bundle_triage_is_the_vectors(case):
    policy = case.get("policy", "self_check")
    bundle = native.fhir_assessment_bundle(
        json.dumps(case["input"]), "2026-01-15", policy, "Patient/p1"
    )
    assert bundle["resourceType"] == "Bundle"
    by_type = {e["resource"]["resourceType"]: e["resource"] for e in bundle["entry"]}
    # The response read back gives the vector's triage again.
    answers = native.fhir_answers(json.dumps(by_type["QuestionnaireResponse"]))
    guidance = by_type["GuidanceResponse"]
    fired = {c["coding"][0]["code"] for c in guidance.get("reasonCode", [])}
    assert fired == set(case["expect"]["fired"]), answers
    (params,) = contained(guidance, "Parameters")
    disposition = next(p for p in params["parameter"] if p["name"] == "disposition")
    assert disposition["valueCoding"]["code"] == case["expect"]["disposition"]
    if case["input"].get("pain_now") is not None:
        obs = by_type["Observation"]
        assert obs["valueInteger"] == case["input"]["pain_now"]
        assert obs["code"]["coding"][0]["code"] == "72514-3"


def test_next_question_walks_to_completed_on_an_emergency():
    q = native.fhir_questionnaire()
    qr = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{q['url']}|{q['version']}",
        "status": "in-progress",
    }
    qr = native.fhir_next_question(json.dumps(qr))
    assert qr["status"] == "in-progress"
    first = qr["item"][-1]
    assert first["linkId"] == "bladder_or_bowel_control"
    assert not first.get("answer")
    # Answer it "yes", with the coding the questionnaire offers for "yes".
    item = next(i for i in q["item"] if i["linkId"] == first["linkId"])
    yes = next(o["valueCoding"] for o in item["answerOption"] if o["valueCoding"]["code"] == "yes")
    first["answer"] = [{"valueCoding": yes}]
    for _ in range(10):
        qr = native.fhir_next_question(json.dumps(qr))
        if qr["status"] == "completed":
            break
        last = qr["item"][-1]
        opt = next(i for i in q["item"] if i["linkId"] == last["linkId"])["answerOption"]
        # "Not sure" when it began: an onset not known counts as new.
        code = "not_sure" if last["linkId"] == "cauda_equina_signs_recent" else "no"
        last["answer"] = [{"valueCoding": next(o["valueCoding"] for o in opt if o["valueCoding"]["code"] == code)}]
    assert qr["status"] == "completed"


def test_guidance_for_an_emergency_answer():
    g = native.fhir_guidance(json.dumps({"red_flags": {"saddle_numbness": "present"}}))
    assert g["resourceType"] == "GuidanceResponse"
    (sr,) = contained(g, "ServiceRequest")
    assert sr["priority"] == "stat"


def test_pain_bundle_has_one_observation_a_day():
    log = [{"date": "2026-01-01", "pain": 7}, {"date": "2026-01-02", "pain": 5}]
    b = native.fhir_pain_bundle(json.dumps(log), "Patient/p1")
    values = [e["resource"]["valueInteger"] for e in b["entry"]]
    assert values == [7, 5]
    assert all(e["resource"]["subject"]["reference"] == "Patient/p1" for e in b["entry"])


def test_code_systems_and_concept_map():
    systems = native.fhir_code_systems()
    assert systems and all(s["resourceType"] == "CodeSystem" for s in systems)
    vocab = native.vocabularies()
    codes = {c["code"] for s in systems for c in s.get("concept", [])}
    assert set(vocab["Disposition"]) <= codes
    cm = native.fhir_concept_map()
    assert cm["resourceType"] == "ConceptMap"


def test_bad_input_raises_the_usual_errors():
    with pytest.raises(native.InvalidInputError):
        native.fhir_answers(json.dumps({"resourceType": "QuestionnaireResponse", "status": "completed",
                                        "item": [{"linkId": "no_such_question"}]}))
    with pytest.raises(native.InvalidInputError):
        native.fhir_answers("not json")
    with pytest.raises(native.InvalidInputError) as e:
        native.fhir_guidance(json.dumps({"pain_now": 11}))
    assert e.value.field == "pain_now"
    with pytest.raises(native.InvalidInputError):
        native.fhir_assessment_bundle("{}", "yesterday")


def test_care_plan_has_one_activity_definition_per_exercise():
    request = json.dumps({"side": "left", "phase": "new_flare", "minutes": 15})
    routine = native.routine(request).to_dict()
    b = native.fhir_care_plan(request, "Patient/p1")
    kinds = [e["resource"]["resourceType"] for e in b["entry"]]
    assert kinds[0] == "CarePlan"
    assert kinds.count("ActivityDefinition") == len({s["exercise"] for s in routine["steps"]})
    plan = b["entry"][0]["resource"]
    assert plan["subject"]["reference"] == "Patient/p1"
    assert "229065009" in json.dumps(plan) + json.dumps(b["entry"][1:])


def test_the_package_exports_fhir_and_takes_python_data():
    import piriformis as pf

    answers = {"fever": "no", "pain_now": 6}
    # A dict and its JSON text give the same resource.
    assert pf.fhir_response(answers) == pf.fhir_response(json.dumps(answers))
    qr = pf.fhir_response(answers)
    assert pf.fhir_answers(qr) == pf.fhir_answers(json.dumps(qr))
    assessment = {"red_flags": {"saddle_numbness": "present"}, "pain_now": 5}
    g = pf.fhir_guidance(assessment)
    assert g == pf.fhir_guidance(json.dumps(assessment))
    assert g["resourceType"] == "GuidanceResponse"
    log = [{"date": "2026-01-01", "pain": 7}]
    assert pf.fhir_pain_bundle(log) == pf.fhir_pain_bundle(json.dumps(log))


def test_fhir_errors_name_the_argument():
    import piriformis as pf

    with pytest.raises(pf.InvalidInputError) as e:
        pf.fhir_answers({"resourceType": "QuestionnaireResponse", "status": 7})
    # The field at fault inside the response; the argument for the whole of it.
    assert e.value.field == "status"
    with pytest.raises(pf.InvalidInputError) as e:
        pf.fhir_answers([])
    assert e.value.field == "response"
    with pytest.raises(pf.InvalidInputError) as e:
        pf.fhir_assessment_bundle({}, "soon")
    assert e.value.field == "day"
    # A red flag reported present stays visible when another field is bad.
    with pytest.raises(pf.InvalidInputError) as e:
        pf.fhir_guidance({"red_flags": {"saddle_numbness": "present"}, "pain_now": 11})
    assert e.value.field == "pain_now"
    assert e.value.at_least == "emergency"
    assert e.value.at_least == "emergency"


# ---- bad responses never weaken a safety answer (issue #29, rows 1 and 6) ----

YES_NO = "https://w3id.org/piriformis/fhir/CodeSystem/answer-yes-no"
SADDLE_YES = {"linkId": "saddle_numbness", "answer": [{"valueCoding": {"system": YES_NO, "code": "yes"}}]}


def response(*items, resource_type="QuestionnaireResponse"):
    return {"resourceType": resource_type, "questionnaire": "q", "status": "in-progress", "item": list(items)}


BAD_RESPONSES = {
    "unknown linkId": response(SADDLE_YES, {"linkId": "no_such_question"}),
    "repeated linkId": response(
        SADDLE_YES, {"linkId": "saddle_numbness", "answer": [{"valueCoding": {"system": YES_NO, "code": "no"}}]}
    ),
    "valueBoolean": response({"linkId": "saddle_numbness", "answer": [{"valueBoolean": True}]}),
    "wrong code system": response(
        {"linkId": "saddle_numbness", "answer": [{"valueCoding": {"system": "http://example.org", "code": "yes"}}]}
    ),
    "pain 11": response(SADDLE_YES, {"linkId": "pain_now", "answer": [{"valueInteger": 11}]}),
    "not a QuestionnaireResponse": response(SADDLE_YES, resource_type="Patient"),
    "yes in a contained resource": {**response(), "contained": [response(SADDLE_YES)]},
    "linkId too long": response(SADDLE_YES, {"linkId": "x" * 5000}),
}


@pytest.mark.parametrize("name", list(BAD_RESPONSES))
@pytest.mark.parametrize("as_text", [True, False], ids=["text", "dict"])
@pytest.mark.parametrize("call", ["fhir_answers", "fhir_next_question"])
def test_a_bad_response_keeps_the_floor_of_a_yes(name, as_text, call):
    qr = BAD_RESPONSES[name]
    with pytest.raises(native.InvalidInputError) as e:
        getattr(native, call)(json.dumps(qr) if as_text else qr)
    assert e.value.at_least == "emergency", e.value
    assert e.value.field


def test_the_floor_survives_text_that_is_not_json_and_odd_values():
    text = json.dumps(response(SADDLE_YES, {"linkId": "pain_now", "answer": [{"valueInteger": 11}]}))
    for bad in [text[: text.index("pain_now")], text + " {}"]:
        with pytest.raises(native.InvalidInputError) as e:
            native.fhir_answers(bad)
        assert e.value.at_least == "emergency"
    # A dict that is not JSON as a whole (NaN) keeps it as well.
    qr = response(SADDLE_YES, {"linkId": "pain_now", "answer": [{"valueDecimal": float("nan")}]})
    with pytest.raises(native.PiriformisError) as e:
        native.fhir_answers(qr)
    assert e.value.at_least == "emergency"


def test_resource_type_is_named():
    with pytest.raises(native.InvalidInputError) as e:
        native.fhir_answers(response(resource_type="Patient"))
    assert e.value.field == "resourceType"
    assert e.value.allowed == "QuestionnaireResponse"


@pytest.mark.parametrize("where", ["group", "answer"])
def test_a_yes_in_a_nested_item_is_read_not_asked_again(where):
    if where == "group":
        qr = response({"linkId": "warning_signs", "item": [SADDLE_YES]})
    else:
        qr = response({"linkId": "fever", "answer": [
            {"valueCoding": {"system": YES_NO, "code": "no"}, "item": [SADDLE_YES]}]})
    assert native.fhir_answers(qr)["saddle_numbness"] == "yes"
    nxt = native.fhir_next_question(qr)
    assert all(i.get("answer") for i in nxt["item"] if i["linkId"] == "saddle_numbness")
