"""Checks every exported FHIR resource (JSON files in a folder) with the
fhir.resources R4B models (pydantic). Usage: python check.py DIR.
Exits 1 when any resource fails."""

import json
import pathlib
import sys
from importlib.metadata import version

from fhir.resources.R4B import get_fhir_model_class

files = sorted(pathlib.Path(sys.argv[1]).glob("*.json"))
errors = 0
for f in files:
    data = json.loads(f.read_text())
    try:
        get_fhir_model_class(data["resourceType"]).model_validate(data)
    except Exception as e:  # every failure is reported, then counted
        errors += 1
        print(f"fhir.resources {f.name}: {e}")
print(f"fhir.resources {version('fhir.resources')} (R4B): {len(files)} resources, {errors} errors")
sys.exit(1 if errors else 0)
