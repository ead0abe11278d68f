#!/usr/bin/env bash
# The Python part of CI, run by scripts/test-all.sh: for the lowest and the
# highest CPython (>= 3.10, the package's floor) found under pyenv, build the
# release wheel with `maturin build --release`, install it into a fresh venv,
# and run there: pytest, stubtest on the public package, mypy --strict on a
# typed usage file, and an import without pandas in a venv that has none.
# The notebook (run, and its code through mypy --strict) runs on the highest.
# One wheel per Python version (not abi3): see README.md, "Python".
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/target/python-ci"
mkdir -p "$work"

# Every CPython 3.x under pyenv at or above the floor, lowest first.
versions_dir="${PYENV_ROOT:-$HOME/.pyenv}/versions"
found=()
for py in "$versions_dir"/3.*/bin/python3; do
    [ -x "$py" ] || continue
    if "$py" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
        found+=("$("$py" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])') $py")
    fi
done
if [ ${#found[@]} -eq 0 ]; then
    echo "python: no CPython >= 3.10 under $versions_dir; using python3 on PATH"
    found=("$(python3 -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])') $(command -v python3)")
fi
mapfile -t sorted < <(printf '%s\n' "${found[@]}" | sort -t. -k1,1n -k2,2n -k3,3n)
pythons=("${sorted[0]#* }")
if [ ${#sorted[@]} -gt 1 ]; then
    pythons+=("${sorted[-1]#* }")
else
    echo "python: only one CPython >= 3.10 found (${sorted[0]%% *}); skipping the second version"
fi

for py in "${pythons[@]}"; do
    v="$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    echo "== Python $v ($py)"
    rm -rf "$work/wheels-$v" "$work/venv-$v" "$work/bare-$v"
    "$py" -m venv "$work/venv-$v"
    venv="$work/venv-$v/bin"
    # maturin pinned: it writes the package stub (scripts/gen_py_stubs.py), so
    # the checked-in stub is compared with what this version generates.
    "$venv/pip" install -q --disable-pip-version-check maturin==1.16.0 pytest mypy pandas pandas-stubs hypothesis nbclient nbformat ipykernel
    (cd "$root/bindings/python" && "$venv/maturin" build -q --release -i "$venv/python" --out "$work/wheels-$v")
    wheel="$(ls "$work/wheels-$v"/piriformis-*.whl)"
    "$venv/pip" install -q --disable-pip-version-check --force-reinstall --no-deps "$wheel"
    # Outside the source tree, so the installed wheel is what is imported.
    (cd "$work" && "$venv/python" -m pytest -q -p no:cacheprovider "$root/bindings/python/tests")
    (cd "$work" && "$venv/python" -m mypy.stubtest piriformis)
    # The package's own Python code, strictly typed with this version's stubs.
    (cd "$root/bindings/python/python" && "$venv/python" -m mypy --strict --no-incremental -p piriformis)
    # The stub and the package's `__all__` are generated from the code; once,
    # with the lowest Python (the stub is valid for every later one).
    if [ "$py" = "${pythons[0]}" ]; then
        "$venv/python" "$root/scripts/gen_py_stubs.py" --check --maturin "$venv/maturin" --interpreter "$venv/python"
    fi
    (cd "$work" && "$venv/python" -m mypy --strict --no-incremental "$root/bindings/python/tests/typed_usage.py")
    (cd "$work" && "$venv/python" "$root/bindings/python/tests/typed_usage.py")
    # pandas is only for DataFrames: the package imports and works without it.
    "$py" -m venv "$work/bare-$v"
    "$work/bare-$v/bin/pip" install -q --disable-pip-version-check "$wheel"
    (cd "$work" && "$work/bare-$v/bin/python" - <<'PY'
import sys
import piriformis as pf
assert "pandas" not in sys.modules and "numpy" not in sys.modules
r = pf.triage({"red_flags": {"saddle_numbness": "present"}})
assert r.disposition is pf.Disposition.EMERGENCY
assert pf.triage_many([{"pain_now": 3}])[0]["error"] is None
assert pf.triage_table({"pain_now": [3, None]})["error"] == [None, None]
try:
    import pandas  # noqa: F401
    raise SystemExit("pandas is installed in the bare venv")
except ImportError:
    pass
print("import without pandas: ok")
PY
    )
done
# The notebook on the highest version: it runs, and its code passes mypy --strict.
(cd "$root" && "$venv/python" scripts/run-notebook.py && "$venv/python" scripts/run-notebook.py --mypy)
