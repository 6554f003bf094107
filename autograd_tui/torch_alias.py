"""Makes ``import torch`` / ``import torchvision`` resolve to the embedded engine.

A meta-path finder maps each aliased name to the engine module that stands in for it and
hands back that very module object, so ``torch.nn`` and ``autograd_tui.engine.nn`` are one
module (one set of classes). Nothing is imported until a script asks for it, which keeps
``autograd-tui run empty.py`` from paying for numpy.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys

ALIASES = {
    "torch": "autograd_tui.engine",
    "torchvision": "autograd_tui.engine.vision",
}


# Where the engine's layout differs from torch's.
OVERRIDES = {
    "torch.autograd.grad_mode": "autograd_tui.engine.grad_mode",
}


def real_name(alias: str) -> str | None:
    """The engine module that stands in for ``alias`` (``torch.nn`` -> ``autograd_tui.engine.nn``)."""
    if alias in OVERRIDES:
        return OVERRIDES[alias]
    head, _, rest = alias.partition(".")
    target = ALIASES.get(head)
    if target is None:
        return None
    return f"{target}.{rest}" if rest else target


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self._target = target
        self._saved_spec = None
        self._alias = ""

    def create_module(self, spec):
        module = importlib.import_module(self._target)
        self._saved_spec = vars(module).get("__spec__")
        self._alias = spec.name
        return module

    def exec_module(self, module) -> None:
        # The import system stamped the alias spec onto the shared module; give it its own back.
        vars(module)["__spec__"] = self._saved_spec
        missing = sys.modules["autograd_tui.engine.missing"]
        # The module shows PyTorch's name (torchvision.__name__), and the learner-facing modules
        # loaded so far are in sys.modules under it, as `import torch` puts PyTorch's: that is
        # where inspect.getmodule and inspect.getsource look a class's module up.
        missing.present_as(module, self._alias)
        if self._alias == "torch":
            # what PyTorch's `import torch` has loaded, where its functions say they are defined
            # (inspect.getmodule(torch.no_grad), torch.norm's torch.functional): two small modules
            for alias, target in OVERRIDES.items():
                if target in sys.modules:
                    missing.present_as(sys.modules[target], alias)
            for name in ("functional", "random"):
                importlib.import_module(f"{self._target}.{name}")
        for name, shown in missing.shown_modules().items():
            sys.modules.setdefault(name, shown)


class _AliasFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        name = real_name(fullname)
        if name is None:
            return None
        # The engine's internal submodules (torch.graph) are no modules of PyTorch's. (Raised here:
        # the path finder after this one would load the engine's file a second time, as torch.graph.)
        missing = sys.modules.get("autograd_tui.engine.missing")
        if missing is not None and not missing.importable_by_torch_name(fullname):
            raise ModuleNotFoundError(f"No module named '{fullname}'", name=fullname)
        try:
            found = importlib.util.find_spec(name)
        except ModuleNotFoundError:
            return None
        if found is None:
            return None
        # why: a package spec would give a plain module (torch.utils.checkpoint) a __path__, and
        # `from torch.utils.checkpoint import missing_name` then named the engine's module
        is_package = found.submodule_search_locations is not None
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(name), is_package=is_package)


_finder = _AliasFinder()


def install() -> None:
    """Route torch/torchvision imports to the engine (idempotent)."""
    if _finder not in sys.meta_path:
        sys.meta_path.insert(0, _finder)


def uninstall() -> None:
    """Undo :func:`install` and forget the aliased module entries."""
    if _finder in sys.meta_path:
        sys.meta_path.remove(_finder)
    for key in list(sys.modules):
        if key.partition(".")[0] in ALIASES and real_name(key) is not None:
            mod = sys.modules[key]
            # vars(): the engine's modules show PyTorch's name as their __name__
            if str(vars(mod).get("__name__", "")).startswith("autograd_tui."):
                del sys.modules[key]
