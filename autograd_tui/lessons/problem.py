"""What is wrong with a lesson file, kept as a catalogue key and its values until it is shown.

The loader, the checker and the index find problems without knowing who will read them: the
``check`` command, the ``lessons`` listing, the menu (which may switch language), a child
process that reports through a pipe, or the lesson index on disk. So a problem carries a
:class:`Msg` (a key of ``catalogue/lesson_problems.py`` and its values) and is put into words
at the edge, in the reader's language: ``problem.text(lang)``. ``str(problem)`` and
``problem.message`` are the English words, for logs, tools and tests.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Union

from autograd_tui import i18n

Param = Union[str, int, float, "Msg"]
_LINE_BREAK = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")   # where str.splitlines breaks
_MAX_NESTING = 8   # a message nests a place in a place in a place; more is a damaged index entry


@dataclass(frozen=True)
class Msg:
    """A catalogue key and its values; a value may itself be a :class:`Msg` (a place, a hint)."""

    key: str
    params: tuple[tuple[str, Param], ...] = ()

    def render(self, lang: str) -> str:
        values = {name: value.render(lang) if isinstance(value, Msg) else value
                  for name, value in self.params}
        return i18n.t(self.key, lang, **values)

    def to_data(self) -> list[Any]:
        """Plain JSON data: ``[key, {name: value}]``, a nested message as the same pair."""
        return [self.key, {name: value.to_data() if isinstance(value, Msg) else value
                           for name, value in self.params}]

    @staticmethod
    def from_data(data: Any, depth: int = 0) -> Msg | None:
        """The message :meth:`to_data` wrote, or None for anything else (a damaged index file)."""
        if (depth > _MAX_NESTING or not isinstance(data, list) or len(data) != 2
                or not isinstance(data[0], str) or not isinstance(data[1], dict)):
            return None
        params: list[tuple[str, Param]] = []
        for name, value in data[1].items():
            if isinstance(value, list):
                nested = Msg.from_data(value, depth + 1)
                if nested is None:
                    return None
                params.append((name, nested))
            elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
                params.append((name, value))
            else:
                return None
        return Msg(data[0], tuple(params))


def msg(key: str, /, **params: Param) -> Msg:
    """``msg("problem.field_empty", what=…, key="id")``: a message to show later."""
    return Msg(key, tuple(params.items()))


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a lesson file, printable as ``FILE:LINE: message``."""

    path: str
    line: int
    msg: Msg

    @property
    def message(self) -> str:
        """The message in English."""
        return self.msg.render("en")

    def text(self, lang: str) -> str:
        """``FILE:LINE: message`` in ``lang``, on one line."""
        # why: a file named "new\nline.yaml" split one problem over two lines of `check`
        path = _LINE_BREAK.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), self.path)
        return f"{path}:{self.line}: {self.msg.render(lang)}"

    def __str__(self) -> str:
        return self.text("en")
