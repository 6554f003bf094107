"""What a missing name raises: PyTorch's own AttributeError, naming ``torch.nn``, never the engine.

For a name that real PyTorch has and the embedded engine lacks, the message gains one line
saying so, and that ``--backend torch`` runs it; ``hasattr`` still answers False.
"""
from __future__ import annotations

import functools
import importlib.util
import json
import re
import sys
import types
from pathlib import Path
from typing import Callable, Iterable

_NAMES_FILE = "torch_names.json"


@functools.lru_cache(maxsize=None)
def recorded_names() -> dict[str, frozenset[str]]:
    """The public names of real PyTorch 2.13's modules and of ``torch.Tensor``, keyed by the
    module's name (``tools/record_torch_names.py`` writes the file). Read on the first missing
    name only: start-up never pays for it."""
    text = (Path(__file__).parent / _NAMES_FILE).read_text(encoding="utf-8")
    return {module: frozenset(names) for module, names in json.loads(text)["names"].items()}


@functools.lru_cache(maxsize=None)
def tensor_c_level() -> tuple[frozenset[str], frozenset[str]]:
    """The names real ``torch.Tensor`` has as C methods and as C attribute descriptors (read
    the first time one is looked up on the class)."""
    text = (Path(__file__).parent / _NAMES_FILE).read_text(encoding="utf-8")
    kinds = json.loads(text)["tensor_c_level"]
    return frozenset(kinds["methods"]), frozenset(kinds["attributes"])


@functools.lru_cache(maxsize=None)
def tensor_private_names() -> frozenset[str]:
    """The private and dunder names ``dir(torch.Tensor)`` lists in real PyTorch 2.13."""
    text = (Path(__file__).parent / _NAMES_FILE).read_text(encoding="utf-8")
    return frozenset(json.loads(text)["tensor_private"])


def without_engine_fields(names: Iterable[str], cls: type) -> list[str]:
    """``names`` (a tensor's or its class's ``dir()``) without the private names the engine's
    Tensor class defines and PyTorch's has not (``_data``, ``_vc``, ``__slots__``)."""
    real = tensor_private_names()
    engine = {name for klass in cls.__mro__ if klass.__module__ == "torch" or klass.__name__ == "Tensor"
              for name in vars(klass) if name.startswith("_") and name not in real}
    return [name for name in names if name not in engine]


class _RealNames:
    """Stands in for the object of a missing attribute, so that Python's "Did you mean" picks
    among real PyTorch's names, as it does under PyTorch."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names = sorted(names)

    def __dir__(self) -> list[str]:
        return self._names


def _only_in_pytorch(owner: str, name: str, known: Iterable[str]) -> bool:
    # Private names are never recorded; answering them without the file keeps hasattr() cheap.
    if name.startswith("_"):
        return False
    return name in recorded_names().get(owner, ()) or name in known


def _hint(owner: str, name: str) -> str:
    return (f"\n{owner}.{name} exists in real PyTorch but not in the embedded engine; "
            "`--backend torch` runs it")  # no full stop: Python may add ". Did you mean…"


def not_in_engine(what: str) -> NotImplementedError:
    """The error for a use of a PyTorch API that the engine does not support (``what`` names it)."""
    return NotImplementedError(f"{what} exists in real PyTorch but not in the embedded engine; "
                               "`--backend torch` runs it")


def no_attribute(module: str, name: str, known: Iterable[str] = ()) -> AttributeError:
    """PyTorch's AttributeError for ``module.name``, with a line for a name only real PyTorch has
    (recorded from PyTorch 2.13, or in the module's own ``known``)."""
    message = f"module '{module}' has no attribute '{name}'"
    if name.startswith("_") or _unbound_submodule(module, name):
        return AttributeError(message)
    if _only_in_pytorch(module, name, known):
        # no "Did you mean": the name is right (Python offered 'poisson' for Poisson)
        return AttributeError(message + _hint(module, name))
    names = recorded_names().get(module)
    if names is None:
        return AttributeError(message)
    return AttributeError(message, name=name, obj=_RealNames(names))


def no_tensor_attribute(obj: object, name: str) -> AttributeError:
    """Python's AttributeError for ``tensor.name``, with the same line when ``torch.Tensor`` of
    real PyTorch has that name."""
    message = f"'{type(obj).__name__}' object has no attribute '{name}'"
    if name.startswith("_"):
        return AttributeError(message, name=name, obj=obj)
    if _only_in_pytorch("torch.Tensor", name, ()):
        # no "Did you mean": the name is right, only the engine lacks it
        return AttributeError(message + _hint("torch.Tensor", name), name=None, obj=obj)
    real = recorded_names()["torch.Tensor"] | {n for n in dir(obj) if n.startswith("_")}
    return AttributeError(message, name=name, obj=_RealNames(real))


def no_object_attribute(obj: object, owner: str, name: str, known: Iterable[str]) -> AttributeError:
    """Python's AttributeError for ``obj.name``, with the line when ``name`` is one of ``known``,
    the methods real PyTorch's ``owner`` class has and the engine's lacks."""
    message = f"'{type(obj).__name__}' object has no attribute '{name}'"
    if name in known:
        return AttributeError(message + _hint(owner, name), name=None, obj=obj)
    return AttributeError(message, name=name, obj=obj)


def add_tensor_hint(exc: BaseException) -> None:
    """Turn Python's AttributeError for a missing attribute of an engine tensor into
    :func:`no_tensor_attribute`'s, in place, where the error is shown (``run``, the REPL, lessons).

    The Tensor class has no ``__getattr__`` to raise it directly: a class with one loses CPython's
    fast attribute access, which slowed every operation on every tensor by several percent.
    """
    tensors = sys.modules.get("autograd_tui.engine._tensor")
    if tensors is None or not isinstance(exc, AttributeError) or not isinstance(exc.name, str):
        return
    obj = exc.obj
    if not isinstance(obj, tensors.Tensor) or exc.args != (f"'{type(obj).__name__}' object has no attribute "
                                                           f"'{exc.name}'",):
        return
    better = no_tensor_attribute(obj, exc.name)
    exc.args, exc.obj = better.args, better.obj


def module_getattr(module: str, known: Iterable[str] = ()) -> Callable[[str], object]:
    """A module-level ``__getattr__`` that raises :func:`no_attribute` for ``module`` (``known``: the
    names PyTorch's module has beyond those recorded in torch_names.json)."""
    def __getattr__(name: str) -> object:
        raise no_attribute(module, name, known)
    return __getattr__


def module_dir(module: str, namespace: dict[str, object], lazy: Iterable[str] = ()) -> Callable[[], list[str]]:
    """A module-level ``__dir__`` for ``module`` that lists what real PyTorch's lists: the names of
    ``namespace`` (and ``lazy``, made on first use) that PyTorch 2.13's module has, and the private
    ones. The engine's own helpers (its imports, its internal submodules) stay out of ``dir()`` and
    of the REPL's completions."""
    def __dir__() -> list[str]:
        names = set(namespace) | set(lazy)
        real = recorded_names().get(module)
        if real is not None:
            names = {name for name in names if name.startswith("_") or name in real}
        return sorted(names)
    return __dir__


_NO_TORCH_MODULE = re.compile(r"No module named '((?:torch|torchvision)(?:\.\w+)*)\.(\w+)'")
_ENGINE_IMPORT = re.compile(r"cannot import name '(\w+)' from 'autograd_tui\.engine((?:\.\w+)*)' \(.*\)")


def add_import_hint(exc: BaseException) -> None:
    """Turn Python's ImportError for ``from torch.X import Missing``, which names the engine's own
    module and file, into one naming ``torch.X``, with the line when real PyTorch has the name;
    in place, where the error is shown."""
    if not isinstance(exc, ImportError) or not isinstance(exc.msg, str):
        return
    absent = _NO_TORCH_MODULE.fullmatch(exc.msg)
    if absent is not None:  # import torch.fft: a module real PyTorch has gets the line too
        module, name = absent.groups()
        if _only_in_pytorch(module, name, ()):
            exc.msg += _hint(module, name)
            exc.args = (exc.msg,)
        return
    found = _ENGINE_IMPORT.fullmatch(exc.msg)
    if found is None:
        return
    name, rest = found.groups()
    module = "torchvision" + rest[len(".vision"):] if rest.startswith(".vision") else "torch" + rest
    message = f"cannot import name '{name}' from '{module}' (unknown location)"
    if _only_in_pytorch(module, name, ()):
        message += _hint(module, name)
    exc.msg = message
    exc.args = (message,)


# The learner-facing packages: engine name -> PyTorch's, and PyTorch's name -> (the engine's, the
# submodules PyTorch's package binds as its attributes).
_TORCH_NAMES: dict[str, str] = {}
_PACKAGES: dict[str, tuple[str, frozenset[str]]] = {}


class LearnerPackage(types.ModuleType):
    """A package learners reach as ``torch.X``. The import system binds every submodule it loads as
    an attribute of its package, but the engine's own internal ones (``graph``, ``parity``,
    ``nn._kernels``, ``optim.adam``) are no attributes of PyTorch's: that binding is not kept, so
    ``torch.graph`` raises as in PyTorch, while the engine's ``from autograd_tui.engine import graph``
    still finds the module (Python falls back on ``sys.modules``). A submodule the learner imports
    by its torch name (``import torch.nn.utils.prune``) is bound, as Python binds it."""

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and value.__name__ == f"{self.__name__}.{name}":
            torch_name = _TORCH_NAMES[self.__name__]
            if name not in _PACKAGES[torch_name][1] and f"{torch_name}.{name}" not in sys.modules:
                return
        super().__setattr__(name, value)


# type(torch.nn) shows as PyTorch's: <class 'module'>
LearnerPackage.__name__ = LearnerPackage.__qualname__ = "module"
LearnerPackage.__module__ = "builtins"


def hide_submodules(package: str, torch_name: str, shown: Iterable[str]) -> None:
    """Keep the engine's internal submodules of ``package`` (``torch_name`` to learners) from being
    its attributes; ``shown`` are those PyTorch's own package binds. Called first thing in the
    package's ``__init__``, before it imports any submodule."""
    module = sys.modules[package]
    _TORCH_NAMES[package] = torch_name
    _PACKAGES[torch_name] = (package, frozenset(shown))
    if type(module) is types.ModuleType:
        module.__class__ = LearnerPackage
    for name, value in list(vars(module).items()):
        if isinstance(value, types.ModuleType) and value.__name__ == f"{package}.{name}" and name not in shown:
            del vars(module)[name]


def _unbound_submodule(module: str, name: str) -> bool:
    """Whether ``module.name`` is an engine submodule that PyTorch's package does not bind either
    (PyTorch's plain AttributeError, without the missing-API line)."""
    if module not in _PACKAGES:
        return False
    package, shown = _PACKAGES[module]
    return name not in shown and (f"{package}.{name}" in sys.modules
                                  or importlib.util.find_spec(f"{package}.{name}") is not None)


def importable_by_torch_name(torch_name: str) -> bool:
    """Whether ``import torch_name`` (``torch.nn.utils.prune``) imports the engine's module, as in
    PyTorch; false for the engine's internal submodules of a learner-facing package (``torch.graph``,
    ``torch.nn._kernels``), which PyTorch does not have."""
    parent, _, name = torch_name.rpartition(".")
    if parent not in _PACKAGES:
        return True
    shown = _PACKAGES[parent][1]
    return name in shown or (not name.startswith("_") and name in recorded_names().get(parent, ()))
