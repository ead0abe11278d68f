//! Criterion benchmarks for the core functions.
fn main() {}
