#!/usr/bin/env python3
"""Record which public entries real PyTorch refuses on a quantized tensor, and in which words.

    /work/main/.venv-torch/bin/python tools/record_quantized_refusals.py

PyTorch 2.13 runs few ops on a quantized tensor: ``x + 1`` raises ``empty_strided not supported on
quantized tensors yet``, ``x.sum()`` the dispatcher's ``Could not run 'aten::sum.IntList_out' with
arguments from the 'QuantizedCPU' backend`` (with its list of backends). This calls every public
entry the engine reroutes (listed by the engine, as ``record_float8_refusals.py`` lists them) on a
qint8 tensor quantized per tensor (a vector, and a matrix: only words both get are kept), with no
further argument, another such tensor, an int (0) or a float (1.5), and writes what it raises, in
words that do not print the tensor, into
``autograd_tui/engine/quantized_refusals.json.xz``: ``{"refusals": {"entry|kind": [type, words]}}``
(kind ``""``, ``"t"``, ``"n"``, ``"f"``). ``engine/quantized.py`` reads them; an entry PyTorch runs
is not listed (the engine says it lacks it, unless it has it).
"""
from __future__ import annotations

import inspect
import json
import lzma
import pathlib
import subprocess
import sys

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from record_float8_refusals import LIST_ENTRIES, MODULES, ROOT, SKIPPED, raised  # noqa: E402

OUT = ROOT / "autograd_tui" / "engine" / "quantized_refusals.json.xz"
KINDS = {"": (), "t": ("tensor",), "n": (0,), "f": (1.5,)}


# Two tensors: a refusal is kept only where both get the same words (none that name a shape or value).
SOURCES = (([-1.0, 0.5, 2.0], 0.1, 3), ([[0.25, -3.0], [1.0, 4.0]], 0.05, -2))


def refusal(call) -> list | None:
    """``call``'s error, unless it prints a tensor; None if it runs."""
    error = raised(call)
    return None if error is None or "tensor(" in str(error) else [type(error).__name__, str(error)]


def main() -> None:
    listing = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c", LIST_ENTRIES], check=True, cwd=ROOT,
                             capture_output=True, text=True).stdout
    found = {}
    for owner, names in json.loads(listing).items():
        for name in names:
            on_class = getattr(torch.Tensor, name, None) if owner == "Tensor" else None
            if name in SKIPPED or inspect.isdatadescriptor(on_class):  # (a property is read, not called)
                continue
            fn = None if owner == "Tensor" else getattr(MODULES[owner], name, None)
            if owner != "Tensor" and not callable(fn):
                continue
            for kind, extra in KINDS.items():
                got = []
                for values, scale, zero_point in SOURCES:
                    def call(extra=extra, fn=fn, name=name, owner=owner, source=(values, scale, zero_point)):
                        def quantized() -> torch.Tensor:
                            return torch.quantize_per_tensor(torch.tensor(source[0]), source[1], source[2],
                                                             torch.qint8)
                        more = [quantized() if e == "tensor" else e for e in extra]
                        if owner == "Tensor":
                            return getattr(quantized(), name)(*more)
                        return fn(quantized(), *more)
                    got.append(refusal(call))
                if got[0] is not None and got[0] == got[1]:
                    found[f"{owner}.{name}|{kind}"] = got[0]
    OUT.write_bytes(lzma.compress(json.dumps({"torch": torch.__version__, "refusals": found}, sort_keys=True).encode()))
    print(f"{len(found)} refusals", file=sys.stderr)


if __name__ == "__main__":
    main()
