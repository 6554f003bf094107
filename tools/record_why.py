#!/usr/bin/env python3
"""Record the verdicts of ``:why`` on real PyTorch, one JSON file per scenario.

    .venv-torch/bin/python tools/record_why.py            # every scenario in tests/why_cases.py
    .venv-torch/bin/python tools/record_why.py nan_sqrt   # only these

Each scenario (a short learner session, the expression asked about) runs through the same
session log and diagnosis as the tutor, with ``import torch`` meaning real PyTorch. The file
keeps the inputs, the verdict (a cause id and its evidence) and the explanation in both
languages; ``tests/test_why.py`` checks that the embedded engine reaches the same verdict.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from why_cases import SCENARIOS, cause_of, verdict_of  # noqa: E402

OUT = ROOT / "tests" / "data" / "why"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="scenario names (default: all)")
    args = parser.parse_args(argv)
    try:
        import torch
    except ImportError:
        print("record_why: real PyTorch is needed (run it with .venv-torch/bin/python)", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    status = 0
    for name in args.names or list(SCENARIOS):
        result = verdict_of(name, torch)
        if result["verdict"]["cause"] != cause_of(name):
            print(f"{name}: PyTorch gives {result['verdict']['cause']}, the scenario expects "
                  f"{cause_of(name)}", file=sys.stderr)
            status = 1
        record = {"inputs": SCENARIOS[name]["inputs"], "expr": SCENARIOS[name]["expr"],
                  "torch": torch.__version__, **result}
        path = OUT / f"{name}.json"
        path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {result['verdict']['cause']}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
