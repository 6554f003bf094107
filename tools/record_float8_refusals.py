#!/usr/bin/env python3
"""Record which public entries real PyTorch refuses on a float8 tensor, and in which words.

    /work/main/.venv-torch/bin/python tools/record_float8_refusals.py

PyTorch 2.13 makes float8 tensors (casts, views, indexing, ``cat``, ``==``, ``a * b`` of two of
them) but compiles few of its kernels for them: ``a + 1`` raises ``"add_stub" not implemented for
'Float8_e4m3fn'``, ``a * 2`` names ``mul_cpu_reduced_float``, ``a.std()`` says ``std_var_all:
Unsupported dtype Float8_e4m3fn``. This calls every public entry the engine reroutes (``meta.py``'s
registered ``torch``, ``torch.nn.functional``, ``torch.linalg``, ``torch.nn.init`` functions and
``Tensor`` methods, listed by the engine) on a vector and a 2x2 matrix of each float8 type, with no further
argument, the same tensor, an int (0, and 2), or a float (1.5), and writes the refusals into
``autograd_tui/engine/float8_refusals.json.xz``: ``{"base": {key: [type, words]}, "by_type": {name:
{key: [type, words] or null}}}``, the key ``entry|rank kind`` (rank ``1`` for a 3-vector, ``2`` for a 2x2
matrix; kind ``""``, ``"t"``, ``"d"`` for 0, ``"n"`` for 2, ``"f"``), or ``torch.name|dtype`` for a
creation function given ``dtype=`` the type; the base the refusals of float8_e4m3fn, each other
type's entries where its own differ; ``{type}`` in the words stands for the type's c10 name
(``Float8_e5m2``), ``{dtype}`` for ``torch.float8_e5m2``. Only refusals that name the type are kept,
in words that do not print the tensor. ``engine/float8.py`` reads them.
"""
from __future__ import annotations

import contextlib
import io
import json
import lzma
import pathlib
import subprocess
import sys
import warnings

import torch

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "autograd_tui" / "engine" / "float8_refusals.json.xz"
TYPES = ["float8_e4m3fn", "float8_e5m2", "float8_e4m3fnuz", "float8_e5m2fnuz", "float8_e8m0fnu"]
# Not called: they act on the process, other devices or the autograd graph, not on the values.
SKIPPED = {"backward", "share_memory_", "pin_memory", "cuda", "set_", "resize_", "storage", "untyped_storage",
           "register_hook", "__setstate__", "__reduce_ex__", "__init__", "__new__", "__init_subclass__"}
KINDS = {"": (), "t": ("tensor",), "n": (2,), "f": (1.5,), "d": (0,)}
MODULES = {"torch": torch, "torch.nn.functional": torch.nn.functional, "torch.linalg": torch.linalg,
           "torch.nn.init": torch.nn.init}
# The engine's entries, by owner: listed by the engine itself (run without torch on the path).
LIST_ENTRIES = """
import json
from autograd_tui.engine import meta
import autograd_tui.engine as torch
import autograd_tui.engine.nn.functional, autograd_tui.engine.nn.init, autograd_tui.engine.linalg
out = {}
for owner, is_class in meta._registered:
    if is_class and owner is not torch.Tensor:
        continue
    key = "Tensor" if is_class else owner["__name__"].replace("autograd_tui.engine", "torch")
    items = vars(owner).items() if is_class else owner.items()
    out[key] = sorted(n for n, v in items if meta._wrapped(lambda f, n: f, n, v, is_class) is not None)
print(json.dumps(out))
"""


def refusal(call, d: torch.dtype) -> list | None:
    """The error of ``call`` if it names the type (and prints no tensor), with the type templated."""
    c10 = str(d).removeprefix("torch.").capitalize()
    try:
        with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            call()
    except Exception as e:  # noqa: BLE001 - every refusal is recorded
        words = str(e)
        if c10 not in words and str(d) not in words or "tensor(" in words or "\n" in words:
            return None
        return [type(e).__name__, words.replace(str(d), "{dtype}").replace(c10, "{type}")]
    return None


# Called as fn(2, dtype=the type): the creation functions (kind "dtype").
CREATION = ["zeros", "ones", "empty", "rand", "randn", "arange", "linspace", "logspace", "eye", "randperm",
            "tensor", "as_tensor", "scalar_tensor", "normal", "randint", "full", "sum", "prod", "cumsum", "cumprod",
            "mean", "nansum"]


def record_creation(d: torch.dtype) -> dict:
    found = {}
    for name in CREATION:
        def call(name=name):
            fn = getattr(torch, name)
            args = {"full": ((2,), 1.5), "normal": (0.0, 1.0, (2,)), "randint": (5, (2,)),
                    "sum": (torch.ones(2),), "prod": (torch.ones(2),), "cumsum": (torch.ones(2), 0),
                    "cumprod": (torch.ones(2), 0), "mean": (torch.ones(2),), "nansum": (torch.ones(2),),
                    "linspace": (0, 1, 3), "logspace": (0, 1, 3)}.get(name, (2,))
            return fn(*args, dtype=d)
        got = refusal(call, d)
        if got is not None:
            found[f"torch.{name}|dtype"] = got
    return found


def record(d: torch.dtype, entries: dict) -> dict:
    found = {}
    for rank in ("1", "2"):  # a vector and a matrix: dot, mv, flip and others refuse by the shape
        _record_rank(d, entries, rank, found)
    found.update(record_creation(d))
    return found


def _record_rank(d: torch.dtype, entries: dict, rank: str, found: dict) -> None:
    def fresh() -> torch.Tensor:  # noqa: B023 - called within the same iteration
        return (torch.tensor([1.0, 2.0, 3.0]) if rank == "1" else torch.tensor([[1.0, 2.0], [3.0, 4.0]])).to(d)

    for owner, names in entries.items():
        for name in names:
            if name in SKIPPED:
                continue
            for kind, extra in KINDS.items():
                if owner == "Tensor":
                    def call(extra=extra, name=name):
                        t = fresh()
                        return getattr(t, name)(*(fresh() if e == "tensor" else e for e in extra))
                else:
                    fn = getattr(MODULES[owner], name, None)
                    if not callable(fn):
                        break

                    def call(extra=extra, fn=fn):
                        return fn(fresh(), *(fresh() if e == "tensor" else e for e in extra))
                got = refusal(call, d)
                if got is not None:
                    found[f"{owner}.{name}|{rank}{kind}"] = got


def main() -> None:
    listing = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c", LIST_ENTRIES], check=True, cwd=ROOT,
                             capture_output=True, text=True).stdout
    entries = json.loads(listing)
    tables = {name: record(getattr(torch, name), entries) for name in TYPES}
    base = tables[TYPES[0]]
    by_type = {name: {key: table.get(key) for key in set(base) | set(table) if table.get(key) != base.get(key)}
               for name, table in tables.items() if name != TYPES[0]}
    OUT.write_bytes(lzma.compress(json.dumps({"torch": torch.__version__, "base": base, "by_type": by_type},
                                             sort_keys=True).encode()))
    print(f"{len(base)} refusals of {TYPES[0]}; " + ", ".join(f"{n}: {len(v)} differ" for n, v in by_type.items()),
          file=sys.stderr)


if __name__ == "__main__":
    main()
