#!/usr/bin/env python3
"""Record lesson outputs from real PyTorch, rewriting the ``output:`` fields in place.

    .venv-torch/bin/python tools/record_lessons.py            # every shipped lesson
    .venv-torch/bin/python tools/record_lessons.py lessons/03-article-example.yaml
    .venv-torch/bin/python tools/record_lessons.py --dry-run  # show what would change

Expected outputs are never typed by hand: this runs each lesson exactly as
``autograd-tui check --backend torch`` does (scratch folder, ``check_setup``, ``setup``, every
step in order) and stores what PyTorch printed. Afterwards, run
``autograd-tui check --backend torch`` (faithful to PyTorch) and ``autograd-tui check``
(the embedded engine matches).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from autograd_tui.lessons.catalog import lesson_files  # noqa: E402
from autograd_tui.lessons.record import record_file  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="lesson files or folders (default: lessons/)")
    parser.add_argument("--dry-run", action="store_true", help="record, but do not write files")
    parser.add_argument("--backend", default="torch", choices=("torch",),
                        help="only real PyTorch may be the oracle")
    args = parser.parse_args(argv)
    try:
        import torch  # noqa: F401
    except ImportError:
        print("record_lessons: real PyTorch is needed (run it with .venv-torch/bin/python)", file=sys.stderr)
        return 1
    paths: list[Path] = []
    for name in args.paths or [str(ROOT / "lessons")]:
        path = Path(name)
        paths.extend(lesson_files(path) if path.is_dir() else [path])
    status = 0
    for path in paths:
        rec = record_file(path, args.backend, write=not args.dry_run)
        verb = "would update" if args.dry_run else "updated"
        print(f"{path}: {verb} {rec.changed} output(s)" if rec.changed else f"{path}: up to date")
        for note in rec.failures:
            print(f"{path}: {note}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
