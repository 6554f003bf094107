"""Text made safe for a terminal: the one rule every screen and plain command applies.

Lesson files, progress files and learner output are text from outside the tutor. Before it
reaches a terminal, control and escape characters are shown visibly (``\\x1b``), so a lesson
title cannot clear the screen or set the window title; bidirectional-override characters and
lone surrogates are shown the same way; and characters the output encoding cannot represent
become ``?`` instead of a ``UnicodeEncodeError``. Light on purpose (no rich), so the plain
commands can use it without loading the UI.
"""
from __future__ import annotations

import re
from typing import Any, TextIO

# C0 controls except tab and newline, DEL, C1 controls, the bidirectional controls (they
# reorder what the learner reads), and lone surrogates (no encoding can write them).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                     "\ud800-\udfff]")
_UNSAFE_KEEP_CR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f"
                             "\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


# A colour or text style (SGR: ESC [ numbers m): it can neither move the cursor, clear the
# screen, set a title nor make a link, so learner output keeps it, as python's REPL shows it
# (plotext's charts are drawn in these).
_COLOUR_OR_UNSAFE = re.compile("(\x1b\\[[0-9;]{0,64}m)|" + _UNSAFE_KEEP_CR.pattern)


def _visible_unless_colour(match: re.Match[str]) -> str:
    return match.group() if match.group(1) else _visible(match)


def terminal_safe(text: str, encoding: str | None = None, *, keep_colours: bool = False) -> str:
    """``text`` with unsafe characters shown visibly and, given ``encoding``, only characters it
    can write. ``keep_colours`` (learner output) keeps colour codes and carriage returns (a
    learner's progress line redraws itself)."""
    if keep_colours:
        return encodable(_COLOUR_OR_UNSAFE.sub(_visible_unless_colour, text), encoding)
    return encodable(_UNSAFE.sub(_visible, text), encoding)


def encodable(text: str, encoding: str | None) -> str:
    """``text`` with what ``encoding`` cannot write replaced by ``?`` (nothing else changed)."""
    if encoding and not encoding.lower().replace("-", "").replace("_", "").startswith("utf"):
        try:
            text.encode(encoding)
        except UnicodeEncodeError:
            text = text.encode(encoding, "replace").decode(encoding, "replace")
        except LookupError:
            text = text.encode("ascii", "replace").decode("ascii")
    return text


class SafeStream:
    """A text stream that writes everything through :func:`terminal_safe` (the plain commands'
    stdout and stderr); everything else is the wrapped stream's."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(terminal_safe(text, getattr(self.stream, "encoding", None)))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)
