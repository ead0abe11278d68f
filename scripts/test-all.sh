#!/usr/bin/env bash
# Runs every test of the project: formatting, lints, Rust tests (unit,
# integration, doctests, conformance vectors, property tests) and the
# examples. Installs what it needs. Usage: scripts/test-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo test --workspace"
cargo test --workspace

step "examples build and run"
cargo run -q --example knowledge -- --json > /dev/null
