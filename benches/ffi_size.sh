#!/usr/bin/env bash
# Footprint of the mobile library: builds the UniFFI cdylib with the `mobile`
# profile (opt-level z, LTO, one codegen unit), generates bindings from the
# unstripped library (bindgen reads its metadata), then strips a copy and
# reports both sizes next to the plain release build as the baseline.
# Usage: benches/ffi_size.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release -p piriformis-uniffi
cargo build -q --profile mobile -p piriformis-uniffi
cargo build -q --release -p piriformis-uniffi --features cli --bin uniffi-bindgen
out=target/mobile-bindings
rm -rf "$out"
target/release/uniffi-bindgen generate --library target/mobile/libpiriformis_ffi.so --language kotlin --language swift --out-dir "$out" --no-format --config bindings/uniffi/bindgen.toml >/dev/null
cp target/mobile/libpiriformis_ffi.so "$out/libpiriformis_ffi.so"
strip "$out/libpiriformis_ffi.so"
cp target/release/libpiriformis_ffi.so "$out/release-baseline.so"
strip "$out/release-baseline.so"
size() { stat -c %s "$1"; }
base=$(size "$out/release-baseline.so")
mobile=$(size "$out/libpiriformis_ffi.so")
printf 'release, stripped:          %8d bytes (baseline)\n' "$base"
printf 'mobile profile, unstripped: %8d bytes\n' "$(size target/mobile/libpiriformis_ffi.so)"
printf 'mobile profile, stripped:   %8d bytes (%.2f MiB, %.2fx the baseline)\n' "$mobile" "$(echo "$mobile/1048576" | bc -l)" "$(echo "$mobile/$base" | bc -l)"
cargo build -q --profile mobile-abort -p piriformis-uniffi
cp target/mobile-abort/libpiriformis_ffi.so "$out/abort.so"
strip "$out/abort.so"
abort=$(size "$out/abort.so")
printf 'mobile-abort, stripped:     %8d bytes (%.2f MiB, %.2fx the baseline)\n' "$abort" "$(echo "$abort/1048576" | bc -l)" "$(echo "$abort/$base" | bc -l)"
