"""Coded errors, so that users, logs and tests can tell failures apart (as spaCy's ``E###``).

Codes: E0xx model and pipeline, E1xx input reading, E2xx store, E3xx web/API.
The message table below is the single place where each code's meaning is written down.
"""

from __future__ import annotations

ERROR_CODES: dict[str, str] = {
    "E001": "unknown pipeline stage",
    "E002": "pipeline stage order: a stage reads a field no earlier stage writes",
    "E010": "article JSON has a newer schema version than this rasid",
    "E011": "attach() got a field the Article does not have",
    "E020": "a span does not slice the clean text to its own text",
    "E030": "bad reference date (--date): not YYYY-MM-DD",
    "E040": "a shipped model file is missing or unreadable",
    "E050": "bad setting in the environment (RASID_WORD_CACHE_SIZE): not a positive integer",
    "E099": "internal error in a pipeline stage (a bug: please report it with the input)",
    "E101": "input file not found",
    "E102": "empty input",
    "E103": "binary (non-text) input",
    "E104": "unknown or undecodable text encoding",
    "E105": "malformed JSON",
    "E106": "record has no text",
    "E107": "input too large",
    "E108": "not Arabic text",
    "E109": "unsupported input type",
    "E110": "bad record (not an object)",
    "E201": "database file is not a rasid database or is corrupt",
    "E202": "database schema is newer than this rasid",
    "E203": "database write failed (disk full, read-only or locked); the batch was rolled back",
    "E204": "bad search query or filter",
    "E301": "bad request",
    "E302": "not found",
    "E303": "internal web server error",
}


class RasidError(Exception):
    """An error with a stable code from :data:`ERROR_CODES` and a message naming what failed."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(f"[{code}] {message}")

    def __reduce__(self):  # keep pickling (multiprocessing) working with two arguments
        return (type(self), (self.code, self.message))


class InputError(RasidError):
    """A file or record that cannot become an article; the run reports it and goes on."""

    def __init__(self, code: str, message: str, where: str = "") -> None:
        self.where = where
        super().__init__(code, f"{where}: {message}" if where else message)
        self.message = message

    def __reduce__(self):
        return (type(self), (self.code, self.message, self.where))
