"""Errors that end a command with exit code 2 and a one-line reason."""

from __future__ import annotations


class AmityError(Exception):
    """Bad usage or bad input. The CLI prints ``str(err)`` on one line and exits 2."""


class InputError(AmityError):
    """A file that cannot be read as the expected layout.

    The message names the file, the line (1-based, as an editor shows it), the field and
    what was expected, e.g. ``trade-register.csv:14: field 'SIPRI TIV per unit': expected a
    number, got 'abc'``.
    """

    def __init__(self, file: str, line: int | None, field: str | None, expected: str) -> None:
        expected = " ".join(str(expected).split())  # one line, whatever a parser's message held
        self.file, self.line, self.field, self.expected = str(file), line, field, expected
        where = self.file if line is None else f"{self.file}:{line}"
        what = f" field '{field}':" if field else ""
        super().__init__(f"{where}:{what} {expected}")


class UnknownState(AmityError):
    """A state name or code that the state table does not know."""


class StoreBusy(AmityError):
    """The store is locked by another process (an import) for longer than the caller waits: a transient
    condition, worth retrying (the web server answers 503 with ``Retry-After``)."""
