//! The knowledge: typed, cited records for the anatomy, trigger points,
//! causes, symptoms, red flags, exercises and care. Static data looked up by
//! `match`; nothing here decides anything.

pub mod anatomy;
pub mod care;
pub mod cause;
pub mod exercise;
pub mod red_flag;
pub mod symptom;
pub mod trigger_point;
