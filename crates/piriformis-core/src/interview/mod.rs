//! The interview: a question catalogue as data and a stateless
//! [`next_step`] that, from the answers so far, returns the next question or
//! the finished assessment with its triage.
//!
//! Emergency questions come first, then urgent ones, then the rest.
//! Follow-up questions appear only when their parent answer makes them
//! relevant (FHIR-style enable-when). The interview stops as soon as the
//! answers so far give an emergency (after any follow-up of that answer).
//! "Not sure" is a valid answer everywhere; it never counts as "no".

mod catalogue;
mod reply;
mod saved;
mod step;

pub use catalogue::{
    AnswerKind, CATALOGUE, CATALOGUE_VERSION, Choice, EnableWhen, Fills, Question, QuestionId,
    QuestionView, ReplyKind, YesNo, catalogue,
};
pub use reply::{
    AnswerValue, Answers, Replies, Reply, answers_of, assessment_from, question_at, questions_of,
    yes_flags,
};
pub use saved::{
    DroppedAnswer, RestoredAnswers, answers_from_json, answers_from_json_lenient,
    answers_from_value, answers_to_json, yes_flags_in,
};
pub use step::{Progress, Step, next_step, next_step_replies, next_step_with};

#[cfg(test)]
mod reply_tests {
    use super::*;
    use crate::error::Error;
    use crate::triage::{Side, TriagePolicy};

    #[test]
    fn every_choice_of_every_question_reads_back_as_its_reply() {
        for q in CATALOGUE {
            for c in q.choices() {
                let v = match q.kind {
                    AnswerKind::SeveralOf => AnswerValue::Choices(vec![c.id.clone()]),
                    _ => AnswerValue::Choice(c.id.clone()),
                };
                let r = Reply::read(q.id, &v).unwrap();
                assert_eq!(r.kind(), q.reply_kind(), "{:?}", q.id);
                assert_eq!(r.to_value(), v, "{:?}", q.id);
            }
        }
    }

    #[test]
    fn a_reply_of_the_wrong_case_names_its_question() {
        let e = Reply::read(
            QuestionId::PainNow,
            &Reply::Side { value: Side::Left }.to_value(),
        )
        .unwrap_err();
        assert_eq!(questions_of(&e), [QuestionId::PainNow]);
        let e =
            Reply::read(QuestionId::PainNow, &Reply::Number { value: 11 }.to_value()).unwrap_err();
        assert_eq!(e.field(), Some("answers.pain_now"));
    }

    #[test]
    fn a_contradiction_names_both_questions_at_its_second_answer() {
        let mut r = Replies::new();
        r.insert(
            QuestionId::SevereOrConstantPain,
            Reply::YesNo { value: YesNo::Yes },
        );
        assert!(next_step_replies(&r, TriagePolicy::SelfCheck).is_ok());
        r.insert(QuestionId::PainNow, Reply::Number { value: 0 });
        let e = next_step_replies(&r, TriagePolicy::SelfCheck).unwrap_err();
        assert!(matches!(e.inner(), Error::Contradiction { .. }), "{e:?}");
        assert_eq!(
            questions_of(&e),
            [QuestionId::PainNow, QuestionId::SevereOrConstantPain]
        );
    }

    #[test]
    fn saved_answers_round_trip_and_old_ones_are_reported() {
        let mut a = Answers::new();
        a.insert(QuestionId::Fever, AnswerValue::Choice("yes".into()));
        a.insert(QuestionId::PainNow, AnswerValue::Number(4.0));
        let json = answers_to_json(&a);
        assert!(json.contains(&format!("\"catalogue_version\":{CATALOGUE_VERSION}")));
        assert_eq!(answers_from_json(&json).unwrap(), a);
        let r = answers_from_json_lenient(&json).unwrap();
        assert_eq!(
            (r.answers, r.dropped.len(), r.saved_version),
            (a, 0, Some(CATALOGUE_VERSION))
        );
        // A question that is gone and a value no longer accepted.
        let old = r#"{"catalogue_version": 0, "answers": {"gone": "yes", "side": "middle", "fever": "no"}}"#;
        let r = answers_from_json_lenient(old).unwrap();
        assert_eq!(r.answers.len(), 1);
        assert_eq!(
            r.dropped
                .iter()
                .map(|d| (d.question.as_str(), d.was_yes))
                .collect::<Vec<_>>(),
            [("gone", true), ("side", false)]
        );
        assert!(
            r.dropped[1].reason.contains("left, right, both"),
            "{}",
            r.dropped[1].reason
        );
        // Strictly, the unknown question fails and names itself.
        let e = answers_from_json(old).unwrap_err();
        assert!(e.to_string().contains("gone"), "{e}");
        // Not answers at all: an error, in both modes.
        assert!(answers_from_json_lenient("[1]").is_err());
    }
}
