#!/usr/bin/env python3
"""Point the line links of docs/engine-tour.md at the definitions they name, after code moved.

    python tools/update_tour_links.py          # rewrite the links in place
    python tools/update_tour_links.py --check  # exit 1 if a link is stale

A link such as [`Tensor._edge`](../autograd_tui/engine/_tensor.py#L361) names a definition (its
last dotted part, ``_edge``); the right line is the one that defines it (``def _edge`` or
``class _edge``). A link whose label is a piece of code (`op("mul", "MulBackward0"`) points to
the line that contains that text.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOUR = ROOT / "docs" / "engine-tour.md"
LINK = re.compile(r"\[`(?P<label>[^`\]]+)`\]\((?P<path>\.\./[^)#]+)#L(?P<line>\d+)\)")


def target_line(label: str, path: Path, line: int) -> int | None:
    """The line ``label`` should point to in ``path``; None if it cannot be found."""
    lines = path.read_text(encoding="utf-8").splitlines()
    name = label.split()[-1]
    if not all(part.isidentifier() for part in name.split(".")):  # a piece of code: find its text
        literal = [i + 1 for i, text in enumerate(lines) if label in text]
        return min(literal, key=lambda n: abs(n - line)) if literal else None
    name = name.split(".")[-1]
    definition = re.compile(rf"^\s*(def|class)\s+{re.escape(name)}\b")
    found = [i + 1 for i, text in enumerate(lines) if definition.match(text)]
    if found:
        return min(found, key=lambda n: abs(n - line))
    return None


def updated(text: str) -> tuple[str, list[str]]:
    """The tour with every link pointed at its definition, and the links that cannot be resolved."""
    problems: list[str] = []

    def fix(match: re.Match) -> str:
        path = (TOUR.parent / match["path"]).resolve()
        line = target_line(match["label"], path, int(match["line"])) if path.exists() else None
        if line is None:
            problems.append(f"{match['label']} -> {match['path']}#L{match['line']}")
            return match[0]
        return match[0].replace(f"#L{match['line']})", f"#L{line})")

    return LINK.sub(fix, text), problems


def main(argv: list[str]) -> int:
    text = TOUR.read_text(encoding="utf-8")
    new, problems = updated(text)
    for problem in problems:
        print(f"cannot find: {problem}", file=sys.stderr)
    if "--check" in argv:
        return 1 if problems or new != text else 0
    TOUR.write_text(new, encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
