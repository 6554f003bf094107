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

It also writes ``autograd_tui/engine/torch_modules.json`` (small: read as the engine starts). Its
``defined_in``: for each module above (and ``torch.Tensor``), the public functions and classes whose
``__module__`` is not the module's own name (``torch.linalg.det`` is ``torch._C._linalg``'s,
``torch.norm`` ``torch.functional``'s, ``torch.Tensor.backward`` ``torch._tensor``'s), which the
engine's same-named objects show. Its ``builtins``: for each module, the public names that are C
builtins, by what their ``__qualname__`` puts before their ``__name__`` (``_VariableFunctionsClass.`` for
``torch.add``, a method of a C class: ``<built-in method add of type object at 0x…>``; nothing for
``torch.linalg.det``: ``<built-in function linalg_det>``), which the engine shows as such.
"""
from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "autograd_tui" / "engine" / "torch_names.json"
MODULES_OUT = ROOT / "autograd_tui" / "engine" / "torch_modules.json"

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
    "torch.nn.parallel", "torch.quasirandom", "torch.nn.utils.prune", "torch.fft",
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


def defined_in() -> dict[str, object]:
    """For each module (and ``torch.Tensor``), its public functions' and classes' ``__module__`` where
    it is not the module's name, and its builtins' ``__qualname__``."""
    import torch

    found: dict[str, dict[str, str]] = {}
    builtins: dict[str, dict[str, list[str]]] = {}
    for name, owner in [(name, importlib.import_module(name)) for name in MODULES] + [("torch.Tensor", torch.Tensor)]:
        entries: dict[str, str] = {}
        builtin: dict[str, list[str]] = {}
        # (torch.Tensor's dunders too: Tensor.__len__ is torch._tensor's)
        for attribute in sorted(dir(owner)) if owner is torch.Tensor else _public(dir(owner)):
            value: Any = getattr(owner, attribute, None)
            module = getattr(value, "__module__", None) if callable(value) else None
            if isinstance(module, str) and module != name:
                entries[attribute] = module
            if type(value).__name__ == "builtin_function_or_method" and name != "torch.Tensor":
                # by the qualname's prefix, before the builtin's __name__ ("_VariableFunctionsClass.", "")
                prefix = value.__qualname__[:-len(value.__name__)]
                builtin.setdefault(prefix, []).append(attribute)
        found[name] = entries
        if builtin:
            builtins[name] = builtin
    return {"defined_in": found, "builtins": builtins}


def main() -> int:
    data = record()
    OUT.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    MODULES_OUT.write_text(json.dumps(defined_in(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    counts = ", ".join(f"{k} {len(v)}" for k, v in data["names"].items())  # type: ignore[attr-defined]
    print(f"wrote {OUT.relative_to(ROOT)}: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
