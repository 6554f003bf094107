"""What the ``tools/record_*.py`` scripts share: how they write what PyTorch gave, and their
command line. Each script runs under a Python that has PyTorch (``.venv-torch/bin/python``).
(The scripts the tests load as modules, ``record_conv_cases.py`` and the like, import nothing
from here: the tests do not put tools/ on the import path.)

* ``hex_floats``: every element as the exact ``float.hex()`` text of its float64 value, for cases
  whose values the tests compare bit for bit;
* ``write_cases``: the JSON file, stamped with the PyTorch version that made it;
* ``main``: ``--record`` writes the cases, without it the script measures the engine against
  PyTorch; integer options (``--largest``, ``--per-size``, ...) go to ``measure`` in order.
"""
from __future__ import annotations

import argparse
import json
import pathlib
from typing import Any, Callable, Optional

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent


def hex_floats(a: Any) -> list:
    """Every element as the exact ``float.hex()`` text of its float64 value, in C order."""
    return [float(v).hex() for v in np.asarray(a, dtype=np.float64).ravel()]


def write_cases(out: pathlib.Path, cases: list, indent: Optional[int] = None, **more: Any) -> None:
    """``{"torch": version, "cases": cases, **more}`` as JSON, one file."""
    import torch

    out.write_text(json.dumps({"torch": torch.__version__, "cases": cases, **more}, indent=indent) + "\n", "utf-8")


def main(doc: str, out: pathlib.Path, record: Callable[[], None], measure: Callable[..., None],
         sizes: Optional[dict[str, int]] = None, one_thread: bool = True) -> None:
    """The command line: ``--record`` (write ``out``) or measure; ``sizes`` are the integer
    options with their defaults (``{"largest": 16, "per-size": 20}``), passed to ``measure`` in
    that order. ``one_thread``: PyTorch on one thread, as the cases were measured."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--record", action="store_true", help=f"write {out.relative_to(ROOT).as_posix()}")
    for name, default in (sizes or {}).items():
        parser.add_argument(f"--{name}", type=int, default=default)
    args = parser.parse_args()
    if one_thread:
        import torch

        torch.set_num_threads(1)
    if args.record:
        record()
    else:
        measure(*(getattr(args, name.replace("-", "_")) for name in (sizes or {})))
