#!/usr/bin/env bash
# Footprint of the mobile library: builds the UniFFI cdylib with the `mobile`
# profile (opt-level z, fat LTO, one codegen unit, panics unwind), generates
# bindings from the unstripped library (bindgen reads its metadata symbols),
# then strips a copy and reports its size against the 1 MiB budget, next to the
# plain release build (baseline) and the `mobile-abort` profile (for contrast).
# Also links the shipping form (see "shipping link" below and the README).
# If cargo-bloat is installed, it also lists the 15 crates taking the most code.
# This script only reports: it never fails because of a size.
# Usage: benches/ffi_size.sh          (CARGO_BUILD_JOBS is honoured as usual)
set -euo pipefail
cd "$(dirname "$0")/.."
GOAL=1048576 # 1 MiB, stripped, mobile profile (panic = "unwind")
out=target/mobile-bindings
size() { stat -c %s "$1"; }
ratio() { echo "$1/$2" | bc -l; }

# cargo-bloat first: it builds the same profile with CARGO_PROFILE_MOBILE_STRIP=false
# (it needs the symbols), which replaces target/mobile/libpiriformis_ffi.so; the
# build below puts the ordinary one back. Skipped when cargo-bloat is absent.
bloat=""
if command -v cargo-bloat >/dev/null 2>&1; then
    log=$(mktemp)
    if bloat=$(cargo bloat --profile mobile -p piriformis-uniffi --lib --crates -n 15 2>"$log"); then
        :
    else
        bloat="cargo bloat failed:"$'\n'"$(tail -n 5 "$log")"
    fi
    rm -f "$log"
fi

cargo build -q --release -p piriformis-uniffi
cargo build -q --profile mobile -p piriformis-uniffi
cargo build -q --release -p piriformis-uniffi --features cli --bin uniffi-bindgen
rm -rf "$out"
target/release/uniffi-bindgen generate --library target/mobile/libpiriformis_ffi.so --language kotlin --language swift --out-dir "$out" --no-format --config bindings/uniffi/bindgen.toml >/dev/null
cp target/mobile/libpiriformis_ffi.so "$out/libpiriformis_ffi.so"
strip "$out/libpiriformis_ffi.so"
cp target/release/libpiriformis_ffi.so "$out/release-baseline.so"
strip "$out/release-baseline.so"
base=$(size "$out/release-baseline.so")
mobile=$(size "$out/libpiriformis_ffi.so")
printf 'release, stripped:          %8d bytes (baseline)\n' "$base"
printf 'mobile profile, unstripped: %8d bytes\n' "$(size target/mobile/libpiriformis_ffi.so)"
printf 'mobile profile, stripped:   %8d bytes (%.2f MiB, %.2fx the baseline)\n' "$mobile" "$(ratio "$mobile" 1048576)" "$(ratio "$mobile" "$base")"
if [ "$mobile" -le "$GOAL" ]; then
    verdict="within the goal, $((GOAL - mobile)) bytes to spare"
else
    verdict="OVER the goal by $((mobile - GOAL)) bytes"
fi
printf 'goal (1 MiB, stripped):     %8d bytes: %s (%.1f%% of the goal)\n' "$GOAL" "$verdict" "$(ratio "$((mobile * 100))" "$GOAL")"

# The library as an Android app ships it: linked from the static library (the
# same mobile build) with lld, exporting only the FFI functions
# (bindings/uniffi/exports.map), so UniFFI's metadata statics, which only the
# generator reads (from the static library too), are dropped; identical code
# folded; relative relocations packed (RELR: Android 9, API 28, and glibc 2.36).
lld_dir="$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/gcc-ld"
shipped=""
if cc -B "$lld_dir" -fuse-ld=lld -shared -o "$out/shipped.so" \
    -Wl,--whole-archive target/mobile/libpiriformis_ffi.a -Wl,--no-whole-archive \
    -Wl,--gc-sections -Wl,--icf=all -Wl,-z,pack-relative-relocs \
    -Wl,--version-script=bindings/uniffi/exports.map -lgcc_s -lc -lm -lpthread -ldl 2>/dev/null; then
    strip "$out/shipped.so"
    shipped=$(size "$out/shipped.so")
    if [ "$shipped" -le "$GOAL" ]; then
        sverdict="within the goal, $((GOAL - shipped)) bytes to spare"
    else
        sverdict="OVER the goal by $((shipped - GOAL)) bytes"
    fi
    printf 'mobile, shipping link:      %8d bytes (%.2f MiB): %s\n' "$shipped" "$(ratio "$shipped" 1048576)" "$sverdict"
else
    echo "mobile, shipping link:      skipped (cc with rust-lld failed)"
fi

cargo build -q --profile mobile-abort -p piriformis-uniffi
cp target/mobile-abort/libpiriformis_ffi.so "$out/abort.so"
strip "$out/abort.so"
abort=$(size "$out/abort.so")
printf 'mobile-abort, stripped:     %8d bytes (%.2f MiB, %.2fx the baseline; not shipped)\n' "$abort" "$(ratio "$abort" 1048576)" "$(ratio "$abort" "$base")"

echo
if [ -z "$bloat" ]; then
    echo "top crates: skipped (cargo-bloat is not installed: cargo install cargo-bloat --locked)"
else
    echo "top 15 crates by code in the mobile library (cargo-bloat, .text only):"
    printf '%s\n' "$bloat"
fi
