#!/usr/bin/env python3
"""Record which public entries real PyTorch refuses on a float8 tensor, and in which words.

    /work/main/.venv-torch/bin/python tools/record_float8_refusals.py

PyTorch 2.13 makes float8 tensors (casts, views, indexing, ``cat``, ``==``, ``a * b`` of two of
them) but compiles few of its kernels for them: ``a + 1`` raises ``"add_stub" not implemented for
'Float8_e4m3fn'``, ``a * 2`` names ``mul_cpu_reduced_float``, ``a.std()`` says ``std_var_all:
Unsupported dtype Float8_e4m3fn``. This calls every public entry the engine reroutes (``meta.py``'s
registered ``torch``, ``torch.nn.functional``, ``torch.linalg``, ``torch.nn.init`` functions and
``Tensor`` methods, listed by the engine) on two numbers, vectors and square matrices of each float8 type
(a refusal both of a rank get in the same words is kept), followed by the arguments of each of
``KINDS``, and writes into ``autograd_tui/engine/float8_refusals.json.xz``: ``{"base": {key: [type,
words]}, "by_type": {name: {key: [type, words] or null}}, "runs": {name: [entry, ...]}}``, the key
``entry|rank kinds`` (rank ``0`` for a number, ``1`` for a vector, ``2`` for a matrix; one letter per argument, as
``KINDS`` lists them), or ``torch.name|dtype`` for a creation function given ``dtype=`` the type; the
base the refusals of float8_e4m3fn, each other type's entries where its own differ; ``{type}`` in
the words stands for the type's c10 name (``Float8_e5m2``), ``{dtype}`` for ``torch.float8_e5m2``.
Only refusals that name the type are kept, in words that do not print the tensor. ``runs`` lists,
per type, the entries that ran with some arguments (a property, and the entries not called, count
as run). ``engine/float8.py``
reads them: an entry neither refused for the call's arguments nor ever run is one the engine does
not run on float8.
"""
from __future__ import annotations

import contextlib
import inspect
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
# The arguments after the tensor, a letter each: t the same type's tensor, b a bool mask, l an int64
# index tensor, n the int 2, d the int 0 (a dim), f 1.5, x None
KINDS = ("", "t", "b", "l", "n", "d", "f", "x", "tt", "tn", "tf", "nn", "ff", "dn", "df", "bn", "bf", "bt", "dl", "xn",
         "nx", "dd", "dt", "dln", "dlf", "dlt")
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


def raised(call) -> Exception | None:
    """What ``call()`` raises, printing nothing and showing no warning; None if it runs."""
    try:
        with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            call()
    except Exception as e:  # noqa: BLE001 - every refusal is recorded
        return e
    return None


def outcome(call, d: torch.dtype) -> list | None:
    """``["ran"]`` if ``call`` runs; its error if it names the type (and prints no tensor, on one
    line), with the type templated; else None (an error of the arguments, not of the type)."""
    c10 = str(d).removeprefix("torch.").capitalize()
    error = raised(call)
    if error is None:
        return ["ran"]
    words = str(error)
    if c10 not in words and str(d) not in words or "tensor(" in words or "\n" in words:
        return None
    return [type(error).__name__, words.replace(str(d), "{dtype}").replace(c10, "{type}")]


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
        got = outcome(call, d)
        if got is not None and got != ["ran"]:
            found[f"torch.{name}|dtype"] = got
    return found


# Two tensors of each rank: only what both get is kept (no words that name a shape)
SHAPES = {"0": (2.0, -0.5), "1": ([1.0, 2.0, 3.0], [0.5, 2.0, 3.0, -4.0]), "2": ([[1.0, 2.0], [3.0, 4.0]],
                                                               [[1.0, -2.0, 3.0], [0.5, 2.0, 1.0], [2.0, 1.0, 4.0]])}


def _argument(kind: str, t: torch.Tensor, d: torch.dtype) -> object:
    return {"t": lambda: t.clone(), "b": lambda: t.float() > 1.5, "l": lambda: torch.tensor([0]), "n": lambda: 2,
            "d": lambda: 0, "f": lambda: 1.5, "x": lambda: None}[kind]()


def record(d: torch.dtype, entries: dict) -> tuple[dict, set]:
    found: dict = {}
    ran: set = set()
    for rank in SHAPES:  # item, dot, mv, flip and others run or refuse by the shape
        _record_rank(d, entries, rank, found, ran)
    for key, got in record_creation(d).items():
        found[key] = got
    return found, ran


def _record_rank(d: torch.dtype, entries: dict, rank: str, found: dict, ran: set) -> None:
    for owner, names in entries.items():
        for name in names:
            on_class = getattr(torch.Tensor, name, None) if owner == "Tensor" else None
            if inspect.isdatadescriptor(on_class):  # a property: read, not called
                ran.add(f"{owner}.{name}")
                continue
            fn = None if owner == "Tensor" else getattr(MODULES[owner], name, None)
            if name in SKIPPED:  # not called here: left to run
                ran.add(f"{owner}.{name}")
            if name in SKIPPED or owner != "Tensor" and not callable(fn):
                continue
            for kind in KINDS:
                got = []
                for values in SHAPES[rank]:
                    def call(kind=kind, fn=fn, name=name, owner=owner, values=values):
                        t = torch.tensor(values).to(d)
                        more = [_argument(k, t, d) for k in kind]
                        return getattr(t, name)(*more) if owner == "Tensor" else fn(t, *more)
                    got.append(outcome(call, d))
                if got[0] == ["ran"] or got[1] == ["ran"]:
                    ran.add(f"{owner}.{name}")
                elif got[0] is not None and got[0] == got[1]:
                    found[f"{owner}.{name}|{rank}{kind}"] = got[0]


def main() -> None:
    listing = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c", LIST_ENTRIES], check=True, cwd=ROOT,
                             capture_output=True, text=True).stdout
    entries = json.loads(listing)
    recorded = {name: record(getattr(torch, name), entries) for name in TYPES}
    tables = {name: table for name, (table, _) in recorded.items()}
    base = tables[TYPES[0]]
    by_type = {name: {key: table.get(key) for key in set(base) | set(table) if table.get(key) != base.get(key)}
               for name, table in tables.items() if name != TYPES[0]}
    runs = {name: sorted(ran) for name, (_, ran) in recorded.items()}
    OUT.write_bytes(lzma.compress(json.dumps({"torch": torch.__version__, "base": base, "by_type": by_type,
                                              "runs": runs}, sort_keys=True).encode()))
    print(f"{len(base)} refusals of {TYPES[0]}; " + ", ".join(f"{n}: {len(v)} differ" for n, v in by_type.items()),
          file=sys.stderr)


if __name__ == "__main__":
    main()
