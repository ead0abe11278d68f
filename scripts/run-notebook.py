"""Executes examples/notebook.ipynb end to end; any failing cell fails the run.

With --mypy, type-checks the notebook's code instead: its code cells, joined
in order into one module, go through `mypy --strict` (the package's stubs
describe every result, so a renamed attribute fails here too).
"""
import pathlib
import subprocess
import sys
import tempfile

import nbformat

path = pathlib.Path(__file__).resolve().parent.parent / "examples/notebook.ipynb"
nb = nbformat.read(path, as_version=4)
cells = [c.source for c in nb.cells if c.cell_type == "code"]

if "--mypy" in sys.argv[1:]:
    with tempfile.TemporaryDirectory() as tmp:
        module = pathlib.Path(tmp) / "notebook_code.py"
        module.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
        run = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(module)], check=False)
    print(f"notebook: mypy --strict on {len(cells)} code cells: {'passed' if run.returncode == 0 else 'failed'}")
    sys.exit(run.returncode)

import nbclient  # noqa: E402 (only needed to run the notebook)

nbclient.NotebookClient(nb, timeout=120, kernel_name="python3").execute()
outputs = sum(len(c.get("outputs", [])) for c in nb.cells if c.cell_type == "code")
print(f"notebook: {len(cells)} passed, 0 failed ({outputs} outputs)")
sys.exit(0)
