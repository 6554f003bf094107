"""Near-copy check for new golden snippets against the existing corpus (no torch needed).

    python tools/check_snippet_overlap.py tests/golden/snippets/style_qa/c13a_*.py
    python tools/check_snippet_overlap.py --exclude-prefix c13a tests/golden/snippets/style_*/c13a_*.py

For each new script, over its non-blank lines (stripped):

* raw: the share found in any existing snippet. Most learner code shares its boilerplate
  (``try:``, ``print(e)``, ``loss.backward()``), so this is high for every corpus: 72% of the
  corpus12 scripts reach 30% on it, which says nothing about copying;
* rare: the share found in an existing snippet but in fewer than ``--rare`` files (uncommon lines);
* best-file: the largest share of its non-import lines found in one single existing file.

A script at 30% or more on rare or best-file is a near-copy: rewrite it. ``duplicates --change``
(runs of six or more alike lines) is the other check. Existing snippets are every ``*.py`` under
``--root`` but the new files and names starting with ``--exclude-prefix``.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "golden" / "snippets"
LIMIT = 0.30


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def overlap(new: list[Path], root: Path, exclude_prefix: str, rare: int) -> list[tuple[float, float, float, str, str]]:
    """(rare, raw, best-file, best file's name, script name) per new script, worst first."""
    names = {p.name for p in new}
    count: collections.Counter[str] = collections.Counter()
    files: dict[str, set[str]] = {}
    for path in root.rglob("*.py"):
        if path.name in names or (exclude_prefix and path.name.startswith(exclude_prefix)):
            continue
        files[str(path.relative_to(root))] = set(_lines(path))
        count.update(files[str(path.relative_to(root))])
    index: dict[str, list[str]] = collections.defaultdict(list)
    for name, lines in files.items():
        for line in lines:
            if count[line] < 50:  # a line in 50 files or more is boilerplate for any one pairing
                index[line].append(name)
    rows = []
    for path in new:
        script = _lines(path)
        body = [line for line in script if not line.startswith(("import ", "from "))]
        per_file: collections.Counter[str] = collections.Counter()
        for line in set(body):
            per_file.update(index.get(line, ()))
        best_name, best = per_file.most_common(1)[0] if per_file else ("-", 0)
        rows.append((sum(0 < count[line] < rare for line in script) / len(script),
                     sum(line in count for line in script) / len(script),
                     best / max(1, len(body)), best_name, path.name))
    return sorted(rows, reverse=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("new", nargs="+", type=Path)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--exclude-prefix", default="")
    parser.add_argument("--rare", type=int, default=5, help="a line in this many files or more is common")
    args = parser.parse_args(argv)
    rows = overlap(args.new, args.root, args.exclude_prefix, args.rare)
    for rare, raw, best, best_name, name in rows:
        print(f"rare {rare:5.1%}  raw {raw:5.1%}  best-file {best:5.1%}  {name}  ~ {best_name}")
    flagged = [r for r in rows if r[0] >= LIMIT or r[2] >= LIMIT]
    n = len(rows)
    print(f"{n} scripts; mean raw {sum(r[1] for r in rows) / n:.1%}, rare {sum(r[0] for r in rows) / n:.1%}, "
          f"best-file {sum(r[2] for r in rows) / n:.1%}; raw >= 30%: {sum(r[1] >= LIMIT for r in rows)}; "
          f"near-copies (rare or best-file >= 30%): {len(flagged)}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
