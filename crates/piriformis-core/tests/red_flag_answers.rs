//! `RedFlagAnswers` keeps one slot per flag; it must behave exactly like the
//! ordered map it replaced (`BTreeMap<RedFlag, Answer>`): same contents after
//! any run of inserts and removes, same order, same JSON both ways.

use std::collections::BTreeMap;

use piriformis_core::triage::RedFlagAnswers;
use piriformis_core::{Answer, Assessment, RedFlag, Vocabulary};
use proptest::prelude::*;
use proptest::sample::select;

#[derive(Debug, Clone)]
enum Op {
    Insert(RedFlag, Answer),
    Remove(RedFlag),
    Clear,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (select(RedFlag::ALL), select(Answer::ALL)).prop_map(|(f, a)| Op::Insert(f, a)),
        2 => select(RedFlag::ALL).prop_map(Op::Remove),
        1 => Just(Op::Clear),
    ]
}

proptest! {
    #[test]
    fn behaves_like_an_ordered_map(ops in prop::collection::vec(op(), 0..60)) {
        let (mut ours, mut model) = (RedFlagAnswers::new(), BTreeMap::new());
        for op in ops {
            match op {
                Op::Insert(f, a) => prop_assert_eq!(ours.insert(f, a), model.insert(f, a)),
                Op::Remove(f) => prop_assert_eq!(ours.remove(&f), model.remove(&f)),
                Op::Clear => { ours.clear(); model.clear(); }
            }
            prop_assert_eq!(ours.len(), model.len());
            prop_assert_eq!(ours.is_empty(), model.is_empty());
            prop_assert!(ours.iter().eq(model.iter()));
            prop_assert!(ours.into_iter().eq(model.clone()));
            for f in RedFlag::ALL {
                prop_assert_eq!(ours.get(f), model.get(f));
                prop_assert_eq!(ours.contains_key(f), model.contains_key(f));
                prop_assert_eq!(ours.answer(*f), model.get(f).copied().unwrap_or(Answer::Unknown));
            }
            // The same JSON out, and read back to the same answers.
            let text = serde_json::to_string(&ours).unwrap();
            prop_assert_eq!(&text, &serde_json::to_string(&model).unwrap());
            let back: RedFlagAnswers = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(back, ours);
            prop_assert_eq!(model.iter().map(|(f, a)| (*f, *a)).collect::<RedFlagAnswers>(), ours);
        }
    }
}

#[test]
fn unknown_flags_and_answers_name_the_field() {
    let err = Assessment::from_json(r#"{"red_flags": {"headache": "present"}}"#).unwrap_err();
    assert_eq!(err.field(), Some("red_flags.headache"));
    let err = Assessment::from_json(r#"{"red_flags": {"fever": "maybe"}}"#).unwrap_err();
    assert_eq!(err.field(), Some("red_flags.fever"));
    let err = Assessment::from_json(r#"{"red_flags": ["fever"]}"#).unwrap_err();
    assert_eq!(err.field(), Some("red_flags"));
    // A present flag is still reported when the document fails.
    let err = Assessment::from_json(r#"{"red_flags": {"saddle_numbness": "present", "fever": 3}}"#)
        .unwrap_err();
    assert_eq!(
        err.at_least(),
        Some(piriformis_core::Disposition::Emergency)
    );
}
