"""Checks every FHIR JSON file in a directory with fhir.resources (PyPI).

fhir.resources 8 defaults to R5; its R4B models are the closest to R4 it
ships, so each resource is read with the R4B model of its type. Pydantic
reports missing required elements, unknown elements and wrong types.

Usage: python validate.py DIR [--expect-errors]. Prints one line per error,
then the version and counts; exits 1 when any error remains. With
--expect-errors (the broken fixtures) it exits 1 unless it finds an error.
"""

import json
import sys
from importlib.metadata import version
from pathlib import Path

from fhir.resources.R4B import get_fhir_model_class


def errors_of(resource: dict) -> list[str]:
    try:
        model = get_fhir_model_class(resource.get("resourceType", ""))
    except Exception as e:  # unknown resource type
        return [f"resourceType: {e}"]
    try:
        model.model_validate(resource)
    except Exception as e:  # pydantic's ValidationError, or a model's own check
        errors = getattr(e, "errors", None)
        if callable(errors):
            return [f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in errors()]
        return [str(e)]
    return []


def main() -> int:
    expect_errors = "--expect-errors" in sys.argv[2:]
    if len(sys.argv) not in (2, 3) or (len(sys.argv) == 3 and not expect_errors):
        print("usage: python validate.py DIR [--expect-errors]", file=sys.stderr)
        return 2
    files = sorted(Path(sys.argv[1]).glob("*.json"))
    total = 0
    for f in files:
        for e in errors_of(json.loads(f.read_text())):
            total += 1
            print(f"fhir.resources {f.name}: {e}")
    print(
        f"fhir.resources {version('fhir.resources')} (R4B models): "
        f"{len(files)} resources, {total} errors"
    )
    if expect_errors:
        return 0 if total else 1
    return 1 if total or not files else 0


if __name__ == "__main__":
    sys.exit(main())
