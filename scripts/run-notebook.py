"""Executes examples/notebook.ipynb end to end; any failing cell fails the run."""
import pathlib
import sys

import nbclient
import nbformat

path = pathlib.Path(__file__).resolve().parent.parent / "examples/notebook.ipynb"
nb = nbformat.read(path, as_version=4)
nbclient.NotebookClient(nb, timeout=120, kernel_name="python3").execute()
outputs = sum(len(c.get("outputs", [])) for c in nb.cells if c.cell_type == "code")
code_cells = sum(1 for c in nb.cells if c.cell_type == "code")
print(f"notebook: {code_cells} passed, 0 failed ({outputs} outputs)")
sys.exit(0)
