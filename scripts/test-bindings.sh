#!/usr/bin/env bash
# Builds the UniFFI library, generates the Kotlin and Swift bindings, compiles
# them and runs their test suites (the shared vectors and every exported
# function, and the bad-input vectors of tests/vectors/bad_json.json). Installs what it needs:
#   Kotlin: kotlinc from the npm package kotlin-compiler, JNA from Debian (libjna-java).
#   Swift:  swiftc from PATH if present; otherwise Swift 6 (Debian trixie's swiftlang)
#           inside a debootstrap root, kept in the cache so later runs reuse it.
# PIRIFORMIS_REQUIRE_BINDINGS=1 (set in CI) makes a missing toolchain a failure;
# without it, a toolchain that cannot be installed is skipped with a clear message.
# Usage: scripts/test-bindings.sh [kotlin|swift]...
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT_DIR=$PWD
REQUIRE=${PIRIFORMIS_REQUIRE_BINDINGS:-0}
LANGS=("$@")
[ ${#LANGS[@]} -eq 0 ] && LANGS=(kotlin swift)
CACHE=${PIRIFORMIS_CACHE:-/var/cache/piriformis}
mkdir -p "$CACHE" 2>/dev/null && [ -w "$CACHE" ] || CACHE="$HOME/.cache/piriformis"
mkdir -p "$CACHE"
KOTLIN_VERSION=2.4.20
OUT=target/bindings
LIB=target/release/libpiriformis_ffi.so

step() { printf '\n==> %s\n' "$*"; }
skip_or_fail() {
    if [ "$REQUIRE" = 1 ]; then echo "FAILED: $1" >&2; exit 1; fi
    echo "SKIPPED: $1"
}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_install() {
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 && return 0
    as_root apt-get update -qq >/dev/null 2>&1 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1
}

step "build the UniFFI library and generate Kotlin and Swift"
# `fhir` adds the FHIR functions (off in the mobile build, for its size budget: see the README).
cargo build -q --release -p piriformis-uniffi --features cli,fhir
rm -rf "$OUT"
# One set of files per UniFFI namespace: `piriformis` (this crate) and
# `piriformis_core` (the core's enums); --config applies to both.
target/release/uniffi-bindgen generate --library "$LIB" --language kotlin --language swift --out-dir "$OUT" --no-format \
    --config bindings/uniffi/bindgen.toml >/dev/null

run_kotlin() {
    step "Kotlin: kotlinc $KOTLIN_VERSION + JNA, then the test suite"
    local kotlinc="$CACHE/kotlin/node_modules/kotlin-compiler/bin/kotlinc"
    if [ ! -x "$kotlinc" ]; then
        command -v npm >/dev/null && npm install --silent --prefix "$CACHE/kotlin" "kotlin-compiler@$KOTLIN_VERSION" >/dev/null 2>&1 || true
    fi
    [ -x "$kotlinc" ] || { skip_or_fail "Kotlin tests: could not install kotlinc (npm package kotlin-compiler)"; return 0; }
    command -v java >/dev/null || apt_install default-jre-headless || true
    local jna=/usr/share/java/jna.jar
    [ -f "$jna" ] || apt_install libjna-java || true
    [ -f "$jna" ] || { skip_or_fail "Kotlin tests: JNA missing (Debian package libjna-java)"; return 0; }
    local sources; mapfile -t sources < <(find "$OUT" -name "*.kt")
    "$kotlinc" "${sources[@]}" -classpath "$jna" -d "$OUT/piriformis.jar" -nowarn 2>&1 | grep -v '^warning' || true
    [ -f "$OUT/piriformis.jar" ] || { echo "FAILED: Kotlin bindings did not compile" >&2; exit 1; }
    "$kotlinc" -nowarn -classpath "$jna:$OUT/piriformis.jar" -J-Djna.library.path="$ROOT_DIR/target/release" \
        -script bindings/uniffi/tests/test.kts tests/vectors/triage.json tests/vectors/bad_json.json
}

swift_root_ready() { [ -f "$1/.piriformis-ready" ]; }

make_swift_root() {
    local root=$1
    command -v debootstrap >/dev/null || apt_install debootstrap || return 1
    as_root rm -rf "$root"
    as_root debootstrap --variant=minbase trixie "$root" >/dev/null 2>&1 || return 1
    as_root chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq swiftlang >/dev/null 2>&1 || return 1
    as_root touch "$root/.piriformis-ready"
}

run_swift() {
    step "Swift: swiftc, then the test suite"
    # Every namespace's .swift file goes into one module, with every FFI module map.
    local files=("$OUT"/*.swift bindings/uniffi/swift/*.swift bindings/uniffi/tests/main.swift) maps=() m
    if command -v swiftc >/dev/null; then
        for m in "$OUT"/*.modulemap; do maps+=(-Xcc -fmodule-map-file="$ROOT_DIR/$m"); done
        swiftc -I "$OUT" -L target/release -lpiriformis_ffi "${maps[@]}" \
            "${files[@]}" -o "$OUT/swift-tests"
        LD_LIBRARY_PATH=target/release DYLD_LIBRARY_PATH=target/release "$OUT/swift-tests" tests/vectors/triage.json tests/vectors/bad_json.json
        return
    fi
    local root="$CACHE/swift-root"
    if ! swift_root_ready "$root"; then
        echo "no swiftc on PATH: making a Debian trixie root with swiftlang in $root (a few minutes, once)"
        make_swift_root "$root" || { skip_or_fail "Swift tests: could not make the trixie root (needs root, debootstrap and Debian's mirrors)"; return 0; }
    fi
    as_root rm -rf "$root/w"
    as_root mkdir -p "$root/w/gen"
    as_root cp "$OUT"/*.swift bindings/uniffi/swift/*.swift "$OUT"/*.h "$OUT"/*.modulemap "$root/w/gen/"
    as_root cp "$LIB" bindings/uniffi/tests/main.swift tests/vectors/triage.json tests/vectors/bad_json.json "$root/w/"
    local inside=()
    for m in "$OUT"/*.modulemap; do maps+=(-Xcc -fmodule-map-file="/w/gen/${m##*/}"); done
    for m in "$OUT"/*.swift bindings/uniffi/swift/*.swift; do inside+=("/w/gen/${m##*/}"); done
    as_root mount -t proc proc "$root/proc"
    trap 'as_root umount "'"$root"'/proc" 2>/dev/null || true' EXIT
    as_root chroot "$root" swiftc -I /w/gen -L /w -lpiriformis_ffi "${maps[@]}" "${inside[@]}" /w/main.swift -o /w/swift-tests
    as_root chroot "$root" env LD_LIBRARY_PATH=/w /w/swift-tests /w/triage.json /w/bad_json.json
}

for lang in "${LANGS[@]}"; do
    case "$lang" in
        kotlin) run_kotlin ;;
        swift) run_swift ;;
        *) echo "unknown language: $lang (kotlin, swift)" >&2; exit 2 ;;
    esac
done
