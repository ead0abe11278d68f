"""Shared by the Python tests: the disposition a failed row keeps."""

import piriformis as pf


def floor(assessment):
    """The disposition an assessment's present red flags give at least (None without any)."""
    flags = assessment.get("red_flags") if isinstance(assessment, dict) else None
    ids = {f.value for f in pf.RedFlag}
    present = [f for f, a in (flags.items() if isinstance(flags, dict) else []) if f in ids and a == "present"]
    nerve = assessment.get("nerve") if isinstance(assessment, dict) else None
    if isinstance(nerve, dict) and nerve.get("legs") == "both":
        present.append("both_legs")
    d = pf.red_flag_floor(present)
    return d.value if d is not None else None
