"""Errors that carry a one-line, user-facing message (no tracebacks for bad input)."""


class MotebokError(Exception):
    """Base of all errors motebok reports to a user as a single line."""


class ReadError(MotebokError):
    """A file cannot be read as the format its name says.

    The message is the part after ``motebok: FILE:``, e.g. ``no text layer (scanned?)``.
    """
