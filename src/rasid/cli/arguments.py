"""Argument types shared by the command modules, so every command checks its options alike."""

from __future__ import annotations

import argparse
from datetime import date


def iso_date(value: str) -> str:
    """A ``YYYY-MM-DD`` option value (``--date``), checked."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def positive_int(value: str) -> int:
    """A whole number of at least 1 (``--workers``, ``--limit``)."""
    number = int(value) if value.isdigit() else 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return number


def stage_list(value: str) -> tuple[str, ...]:
    """A comma-separated list of pipeline stage names (``--stages``)."""
    names = tuple(name.strip() for name in value.split(",") if name.strip())
    if not names:
        raise argparse.ArgumentTypeError("give at least one stage name")
    return names
