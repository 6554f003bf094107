#!/usr/bin/env python3
"""Record the public names of real PyTorch's modules, for the engine's "missing" hint.

    /work/main/.venv-torch/bin/python tools/record_torch_names.py

Writes ``autograd_tui/engine/torch_names.json``: for each module below (and ``torch.Tensor``), the
sorted names that do not start with ``_``, plus a package's submodules that ``dir()`` only lists
once imported (``torch.utils.tensorboard``). ``engine/missing.py`` reads it the first time a
name is missing, to say that real PyTorch has that name and to make Python's "Did you mean"
suggest what PyTorch would suggest.

``tensor_private`` lists ``dir(torch.Tensor)``'s private and dunder names, which ``dir()`` of an
engine tensor keeps (the engine's own fields, ``_data``, ``_vc``, are left out). It also writes
``tensor_c_level``: the names ``torch.Tensor`` gets from its C base class, as
method descriptors (``methods``: ``<method 'size' of 'torch._C.TensorBase' objects>``) and as
attribute descriptors (``attributes``: ``<attribute 'shape' of …>``); the engine shows its own
methods and properties of those names that way when they are looked up on the class.
"""
from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "autograd_tui" / "engine" / "torch_names.json"

MODULES = (
    "torch", "torch.nn", "torch.nn.functional", "torch.nn.init", "torch.nn.utils", "torch.optim",
    "torch.optim.lr_scheduler", "torch.autograd", "torch.linalg", "torch.utils", "torch.utils.data",
    "torch.distributions", "torch.func", "torch.autograd.forward_ad", "torch.autograd.graph", "torch.accelerator",
    "torch.cuda", "torch.special", "torch.nn.utils.rnn", "torch.nn.utils.parametrizations",
    "torch.nn.utils.parametrize", "torch.optim.swa_utils", "torch.utils.checkpoint", "torch.autograd.function",
    "torch.autograd.functional",
    "torch.random", "torch.amp", "torch.testing", "torch.serialization", "torch.distributions.normal",
    "torch.distributions.constraints", "torch.nn.parameter", "torch.utils.data.dataset", "torch.utils.data.dataloader",
    "torch.hub", "torch.return_types", "torch.functional", "torch.storage", "torch.cpu", "torch.nn.grad",
)


def _public(names: object) -> list[str]:
    return sorted(n for n in names if not n.startswith("_"))  # type: ignore[attr-defined]


def record() -> dict[str, object]:
    import torch

    if torch.__version__.split("+")[0] != "2.13.0":
        raise SystemExit(f"needs torch 2.13.0, found {torch.__version__}")
    names: dict[str, list[str]] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        found = set(dir(module))
        if hasattr(module, "__path__"):
            found |= {info.name for info in pkgutil.iter_modules(module.__path__)}
        names[name] = _public(found)
    names["torch.Tensor"] = _public(dir(torch.Tensor))
    private = sorted(n for n in dir(torch.Tensor) if n.startswith("_"))
    return {"torch_version": torch.__version__, "names": names, "tensor_c_level": _c_level(torch),
            "tensor_private": private}


def _c_level(torch: object) -> dict[str, list[str]]:
    """``torch.Tensor``'s names whose class attribute is a C method or a C attribute descriptor."""
    tensor = torch.Tensor  # type: ignore[attr-defined]
    kinds: dict[str, list[str]] = {"methods": [], "attributes": []}
    for name in sorted(dir(tensor)):
        kind = type(getattr(tensor, name)).__name__
        if kind == "method_descriptor":
            kinds["methods"].append(name)
        elif kind == "getset_descriptor":
            kinds["attributes"].append(name)
    return kinds


def main() -> int:
    data = record()
    OUT.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    counts = ", ".join(f"{k} {len(v)}" for k, v in data["names"].items())  # type: ignore[attr-defined]
    print(f"wrote {OUT.relative_to(ROOT)}: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
