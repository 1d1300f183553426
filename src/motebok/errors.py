"""Errors that carry a one-line, user-facing message (no tracebacks for bad input)."""


def shown_name(name: str) -> str:
    """A file name as an error line shows it: control characters (a newline, a TAB, a
    terminal's escape sequence) written as escapes, so the line stays one line and the
    terminal shows the name instead of obeying it. Letters such as "ø" stay as they are."""
    if name.isprintable():
        return name
    return "".join(c if c.isprintable() else c.encode("unicode_escape",
                                                          "backslashreplace").decode("ascii")
                   for c in name)


class MotebokError(Exception):
    """Base of all errors motebok reports to a user as a single line."""


class ReadError(MotebokError):
    """A file cannot be read as the format its name says.

    The message is the part after ``motebok: FILE:``, e.g. ``no text layer (scanned?)``.
    """
