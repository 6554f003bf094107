"""What a missing name raises: PyTorch's own AttributeError, naming ``torch.nn``, never the engine.

For a name that real PyTorch has and the embedded engine lacks, the message gains one line
saying so, and that ``--backend torch`` runs it; ``hasattr`` still answers False.
"""
from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
import json
import lzma
import opcode
import re
import sys
import types
from pathlib import Path
from typing import Any, Callable, Iterable

from autograd_tui.engine.public_names import Builtin as _Builtin

_NAMES_FILE = "torch_names.json"
_MODULES_FILE = "torch_modules.json"
_ENGINE_PACKAGE = "autograd_tui.engine"
_ENGINE_DIR = str(Path(__file__).parent)


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


# The names a module's own ``module_getattr`` knows PyTorch has beyond the recorded ones (by module):
# an import of such a name (``import torchvision.transforms``) gets the line too.
_KNOWN_NAMES: dict[str, frozenset[str]] = {}


def _only_in_pytorch(owner: str, name: str, known: Iterable[str]) -> bool:
    # Private names are never recorded; answering them without the file keeps hasattr() cheap.
    if name.startswith("_"):
        return False
    return name in recorded_names().get(owner, ()) or name in known or name in _KNOWN_NAMES.get(owner, ())


def _hint(owner: str, name: str) -> str:
    return (f"\n{owner}.{name} exists in real PyTorch but not in the embedded engine; "
            "`--backend torch` runs it")  # no full stop: Python may add ". Did you mean…"


_ERROR_TYPES: dict[str, type[Exception]] = {"RuntimeError": RuntimeError, "TypeError": TypeError,
                                            "NotImplementedError": NotImplementedError, "ValueError": ValueError,
                                            "IndexError": IndexError}


def packaged_refusals(filename: str) -> Any:
    """A table of PyTorch's recorded refusals shipped beside the engine (``*.json.xz``, written by a
    ``tools/record_*_refusals.py``)."""
    return json.loads(lzma.decompress((Path(_ENGINE_DIR) / filename).read_bytes()))


def recorded_error(type_name: str, message: str) -> Exception:
    """The exception a recorded refusal names (``["RuntimeError", "its words"]``)."""
    return _ERROR_TYPES[type_name](message)


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
        # no "Did you mean": the name is right (Python offered 'poisson' for Poisson, 'AbsTransform' for
        # CatTransform); an object already set keeps Python from adding the name and the module to look in
        return AttributeError(message + _hint(module, name), name=None, obj=_RealNames(()))
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
    known = _KNOWN_NAMES[module] = frozenset(known)

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
_ENGINE_IMPORT = re.compile(r"cannot import name '(\w+)' from 'autograd_tui\.engine((?:\.\w+)*)' \((.*)\)")
# The same from a module that shows PyTorch's name; the file named is the engine's (or none)
_TORCH_IMPORT = re.compile(r"cannot import name '(\w+)' from '((?:torch|torchvision)(?:\.\w+)*)' \((.*)\)")
# PyTorch's companion libraries, packages of their own that the engine does not stand in for
_COMPANIONS = re.compile(r"No module named '(torchaudio|torchtext|torchdata)'")


def add_import_hint(exc: BaseException) -> None:
    """Turn Python's ImportError for ``from torch.X import Missing``, which names the engine's own
    module and file, into one naming ``torch.X``, with the line when real PyTorch has the name;
    in place, where the error is shown."""
    if not isinstance(exc, ImportError) or not isinstance(exc.msg, str):
        return
    companion = _COMPANIONS.fullmatch(exc.msg)
    if companion is not None:
        exc.msg += (f"\n{companion.group(1)} is a library of PyTorch's own that the embedded engine does not have; "
                    "`--backend torch` runs it where it is installed")
        exc.args = (exc.msg,)
        return
    absent = _NO_TORCH_MODULE.fullmatch(exc.msg)
    if absent is not None:  # import torch.fft: a module real PyTorch has gets the line too
        module, name = absent.groups()
        if _only_in_pytorch(module, name, ()):
            exc.msg += _hint(module, name)
            exc.args = (exc.msg,)
        return
    found = _ENGINE_IMPORT.fullmatch(exc.msg)
    shown = _TORCH_IMPORT.fullmatch(exc.msg)
    if found is not None:
        name, rest, location = found.groups()
        module = "torchvision" + rest[len(".vision"):] if rest.startswith(".vision") else "torch" + rest
    elif shown is not None and (shown.group(3) == "unknown location" or shown.group(3).startswith(_ENGINE_DIR)):
        name, module, location = shown.groups()
    else:
        return
    # the module's file, as Python names it (<module 'torch' from '/…/engine/__init__.py'> is torch's)
    message = f"cannot import name '{name}' from '{module}' ({location})"
    if _only_in_pytorch(module, name, ()):
        message += _hint(module, name)
    exc.msg = message
    exc.args = (message,)
    if exc.name is not None and exc.name.startswith(_ENGINE_PACKAGE):
        exc.name = module


# The learner-facing packages: engine name -> PyTorch's, and PyTorch's name -> (the engine's, the
# submodules PyTorch's package binds as its attributes).
_TORCH_NAMES: dict[str, str] = {}
_PACKAGES: dict[str, tuple[str, frozenset[str]]] = {}
# The module name each learner-facing module shows (engine name -> PyTorch's), and the spec it shows
# (engine name -> (the engine's spec it was made from, the spec under PyTorch's name)).
_SHOWN_NAMES: dict[str, str] = {}
_SHOWN_SPECS: dict[str, tuple[object, importlib.machinery.ModuleSpec]] = {}
_LOADED_UNBOUND: dict[str, tuple[str, ...]] = {}


def engine_name(module: types.ModuleType) -> str:
    """The name the import system knows ``module`` by (``autograd_tui.engine.nn``), whatever name
    it shows learners (``torch.nn``)."""
    return str(vars(module).get("__name__", ""))


def _torch_spec(module: types.ModuleType) -> object:
    real = vars(module).get("__spec__")
    if not isinstance(real, importlib.machinery.ModuleSpec) or getattr(real, "_initializing", False):
        return real  # the import system reads the spec of a module it is still loading: its own
    own = engine_name(module)
    cached = _SHOWN_SPECS.get(own)
    if cached is not None and cached[0] is real:
        return cached[1]
    # PyTorch's name with the engine's real file: `<module 'torch' from '/…/engine/__init__.py'>`
    spec = importlib.machinery.ModuleSpec(_SHOWN_NAMES[own], real.loader, origin=real.origin,
                                          is_package=real.submodule_search_locations is not None)
    spec.submodule_search_locations = real.submodule_search_locations
    spec.has_location = real.has_location
    _SHOWN_SPECS[own] = (real, spec)
    return spec


class _Shown:
    """A module attribute that learners read under PyTorch's naming (``torch.nn.__name__`` is
    ``torch.nn``) while the module's own code, the import system and pickling keep reading the
    engine's from its globals; assigning it sets the module's own value."""

    def __init__(self, attribute: str, shown: Callable[[types.ModuleType], object]) -> None:
        self._attribute, self._shown = attribute, shown

    def __get__(self, module: types.ModuleType | None, owner: type | None = None) -> object:
        if module is None:
            return self
        return self._shown(module)

    def __set__(self, module: types.ModuleType, value: object) -> None:
        vars(module)[self._attribute] = value

    def __delete__(self, module: types.ModuleType) -> None:
        del vars(module)[self._attribute]


def _shown_package(module: types.ModuleType) -> str:
    name = _SHOWN_NAMES[engine_name(module)]
    return name if "__path__" in vars(module) else name.rpartition(".")[0]


_IMPORT_NAME, _IMPORT_FROM, _EXTENDED_ARG = (opcode.opmap[name] for name in ("IMPORT_NAME", "IMPORT_FROM",
                                                                            "EXTENDED_ARG"))


def _argument(raw: bytes, at: int) -> int:
    """The argument of the instruction at ``at`` (two bytes an instruction), with its EXTENDED_ARG prefixes."""
    value, shift = raw[at + 1], 8
    while at >= 2 and raw[at - 2] == _EXTENDED_ARG:
        at -= 2
        value, shift = value | raw[at + 1] << shift, shift + 8
    return value


def _a_torch_submodule_imported(frame: types.FrameType, module: types.ModuleType) -> bool:
    """Whether importlib's ``_handle_fromlist`` (``frame``) is importing, for a ``from torch.X import
    name`` statement, a submodule PyTorch has but its package does not bind until it is imported
    (``from torch.nn.utils import prune``): it then imports it by PyTorch's name, which binds it to the
    package, as in PyTorch (``torch.nn.utils.prune`` works afterwards)."""
    submodule = frame.f_locals.get("x") if frame.f_code.co_name == "_handle_fromlist" else None
    statement = frame.f_back
    if not isinstance(submodule, str) or statement is None or "__path__" not in vars(module):
        return False
    raw, at = statement.f_code.co_code, statement.f_lasti
    if not 0 <= at < len(raw) or raw[at] != _IMPORT_NAME:
        return False
    if statement.f_code.co_names[_argument(raw, at)].partition(".")[0] not in ("torch", "torchvision"):
        return False
    own = engine_name(module)
    return f"{own}.{submodule}" in sys.modules and importable_by_torch_name(f"{_SHOWN_NAMES[own]}.{submodule}")


def _an_engine_import(frame: types.FrameType, module: types.ModuleType) -> bool:
    """Whether ``frame`` reads ``module``'s name to find one of its submodules in ``sys.modules``.

    ``from autograd_tui.engine import graph`` finds the internal submodule, which its package does
    not bind, where Python looks for it: in ``sys.modules`` under the package's ``__name__`` and the
    submodule's (importlib's ``_handle_fromlist``, then the statement's own fallback). Those readers
    get the engine's name, unless the statement named the package ``torch`` and PyTorch has no such
    submodule: ``from torch import graph`` fails as in PyTorch, ``from torch.optim import adam`` works."""
    code = frame.f_code
    if code.co_filename.startswith("<frozen importlib"):
        return not _a_torch_submodule_imported(frame, module)
    raw, at = code.co_code, frame.f_lasti
    if not 0 <= at < len(raw) or raw[at] != _IMPORT_FROM:
        return False
    submodule = code.co_names[_argument(raw, at)]
    while at >= 2:  # back to the statement's IMPORT_NAME
        at -= 2
        if raw[at] == _IMPORT_NAME:
            if code.co_names[_argument(raw, at)].partition(".")[0] not in ("torch", "torchvision"):
                return True
            break
    torch_name = f"{_SHOWN_NAMES[engine_name(module)]}.{submodule}"
    if "__path__" not in vars(module) or not importable_by_torch_name(torch_name):  # (a module has no submodules)
        return False
    found = sys.modules.get(f"{engine_name(module)}.{submodule}")
    if found is not None:  # what the statement finds is a module of PyTorch's: it shows its name
        present_as(found, torch_name)
    return True


class _ShownName(_Shown):
    """``__name__``: PyTorch's for learners, the engine's for the import statements that use it."""

    def __get__(self, module: types.ModuleType | None, owner: type | None = None) -> object:
        if module is None:
            return self
        own = engine_name(module)
        if own not in _SHOWN_NAMES or _an_engine_import(sys._getframe(1), module):
            return own
        return _SHOWN_NAMES[own]


class LearnerModule(types.ModuleType):
    """A module learners reach as ``torch.X``: its ``__name__``, ``__package__`` and ``__spec__``
    (hence its repr) are PyTorch's, its ``__file__`` the engine's real file. A submodule the import
    system binds to it is shown under PyTorch's name too, unless it is one of the engine's own."""

    __name__ = _ShownName("__name__", engine_name)  # type: ignore[assignment]
    __package__ = _Shown("__package__", _shown_package)  # type: ignore[assignment]
    __spec__ = _Shown("__spec__", _torch_spec)  # type: ignore[assignment]

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and engine_name(value) == f"{engine_name(self)}.{name}":
            torch_name = f"{_SHOWN_NAMES[engine_name(self)]}.{name}"
            if importable_by_torch_name(torch_name):
                present_as(value, torch_name)
        super().__setattr__(name, value)


def present_as(module: types.ModuleType, torch_name: str) -> None:
    """Show ``module`` to learners as PyTorch's ``torch_name`` (``torch.nn.functional``), with the
    public submodules already bound to it; where ``torch`` is the engine (``run``, the REPL), it goes
    into ``sys.modules`` under that name too, where PyTorch's own ``import torch`` puts its modules."""
    own = engine_name(module)
    if type(module) is types.ModuleType:
        module.__class__ = LearnerModule
    elif not isinstance(module, LearnerModule):
        return  # a module class of the engine's own
    torch_name = _SHOWN_NAMES.setdefault(own, torch_name)
    engine = sys.modules.get(_ENGINE_PACKAGE)
    if engine is not None and not getattr(vars(engine).get("__spec__"), "_initializing", False):
        # again once a package that was shown first thing has run (while the engine itself is
        # loading, name_definitions_again at its end names every module once)
        _name_definitions(module)
    root = sys.modules.get(torch_name.partition(".")[0])
    if isinstance(root, LearnerModule):
        sys.modules.setdefault(torch_name, module)
    for name in _LOADED_UNBOUND.get(own, ()):  # torch.optim.adam: loaded by the package, no attribute
        loaded = sys.modules.get(f"{own}.{name}")
        if loaded is not None and f"{own}.{name}" not in _SHOWN_NAMES:
            present_as(loaded, f"{torch_name}.{name}")
    for name, value in list(vars(module).items()):
        if (isinstance(value, types.ModuleType) and engine_name(value) == f"{own}.{name}"
                and engine_name(value) not in _SHOWN_NAMES and importable_by_torch_name(f"{torch_name}.{name}")):
            present_as(value, f"{torch_name}.{name}")


@functools.lru_cache(maxsize=None)
def _recorded_modules() -> dict[str, dict[str, dict[str, Any]]]:
    """PyTorch 2.13's ``__module__`` of each public function and class whose module is not the one it
    is read from, by module (``defined_in``: ``torch.linalg.det`` is ``torch._C._linalg``'s), and its
    builtins (``builtins``), by module and qualname prefix (``tools/record_torch_names.py``)."""
    text = (Path(__file__).parent / _MODULES_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def tensor_python_methods() -> frozenset[str]:
    """The Tensor methods PyTorch writes in Python (``torch/_tensor.py``: ``backward``, ``split``); the
    others are C methods (``<built-in method add of Tensor object at 0x…>`` once bound)."""
    return frozenset(name for name, module in _recorded_modules()["defined_in"]["torch.Tensor"].items()
                     if module == "torch._tensor")


def _show_builtins(module: types.ModuleType, shown: str, finished: bool = False) -> None:
    """The functions of ``module`` that PyTorch's ``shown`` has as C builtins become ``Builtin`` objects
    (``print(torch.add)``: ``<built-in method add of type object at 0x…>``). Once the module has run:
    its own code rebinds its entries to the end (``add`` takes its ``alpha`` last)."""
    spec = vars(module).get("__spec__")
    if getattr(spec, "_initializing", False) and not finished:
        return
    namespace = vars(module)
    for prefix, names in _recorded_modules()["builtins"].get(shown, {}).items():
        for name in names:
            value = namespace.get(name)
            if isinstance(value, types.FunctionType):
                namespace[name] = _Builtin(value, prefix, value.__module__)


def _internal(module_name: object) -> bool:
    """Whether ``module_name`` is one of the engine's internal modules (``…engine.functions.pointwise``,
    ``…engine.nn._activations``), which no name learners read should show."""
    if not isinstance(module_name, str) or not module_name.startswith(_ENGINE_PACKAGE):
        return False
    if module_name in _SHOWN_NAMES:
        return False
    rest = module_name[len(_ENGINE_PACKAGE):]
    torch_name = "torchvision" + rest[len(".vision"):] if rest.startswith(".vision") else "torch" + rest
    parts = torch_name.split(".")
    for end in range(1, len(parts)):  # (not the recorded names: start-up does not read them)
        parent, name = ".".join(parts[:end]), parts[end]
        if parent in _PACKAGES and name not in _PACKAGES[parent][1] \
                and name not in _LOADED_UNBOUND.get(_PACKAGES[parent][0], ()):
            return True
    return False


def _name_definitions(module: types.ModuleType) -> None:
    """The functions and classes ``module`` defines, or binds from the engine's internal modules, name
    it by PyTorch's name in their ``__module__`` (``F.relu.__module__`` is ``torch.nn.functional``,
    ``torch.add.__module__`` ``torch``), or the module PyTorch's own object names (``torch.norm``:
    ``torch.functional``); so do the methods of its classes (``torch.Tensor.backward``: ``torch._tensor``)."""
    own, shown = engine_name(module), _SHOWN_NAMES[engine_name(module)]
    recorded = _recorded_modules()["defined_in"]
    where_in_pytorch = recorded.get(shown, {})
    for name, value in list(vars(module).items()):
        # a private helper keeps the engine's name: pickles that name it (_rebuild_device) load anywhere
        if name.startswith("_") or not isinstance(value, (types.FunctionType, type, _Builtin)):
            continue
        where = getattr(value, "__module__", None)
        if where in (own, shown) or _engine_named(where) and not _named_by_its_module(where, name, value):
            value.__module__ = where_in_pytorch.get(name, shown)
            if isinstance(value, type) and value not in _CLASSES_NAMED:  # (its methods too)
                _name_methods(value, own, shown, recorded.get(f"{shown}.{name}", {}))
    _show_builtins(module, shown)


# The classes whose methods are named for good (once torch's package knows its internal modules)
_CLASSES_NAMED: set[type] = set()


def _name_methods(cls: type, own: str, shown: str, members: dict[str, str]) -> None:
    """The methods of ``cls`` (bound in the module ``own``, shown as ``shown``) name PyTorch's module."""
    methods_of = cls.__qualname__ + "."
    for member_name, member in vars(cls).items():
        member = getattr(member, "__func__", member)
        if member.__class__ is not types.FunctionType:
            continue
        where = member.__module__
        if where == own:
            member.__module__ = members.get(member_name, shown)
        elif where.startswith(_ENGINE_PACKAGE) and member.__qualname__.startswith(methods_of):
            # a method of the class (help(x.clamp): "in module torch"), not a function it holds
            member.__module__ = members.get(member_name, cls.__module__)
    if "torch" in _PACKAGES:
        _CLASSES_NAMED.add(cls)


def _engine_named(module_name: object) -> bool:
    return isinstance(module_name, str) and module_name.startswith(_ENGINE_PACKAGE)


def _named_by_its_module(module_name: object, name: str, value: object) -> bool:
    """Whether the learner-facing module that defines ``value`` binds it as ``name`` too (and names it)."""
    defining = sys.modules.get(str(module_name))
    return defining is not None and vars(defining).get(name) is value and not _internal(module_name)


def name_definitions_again() -> None:
    """:func:`_name_definitions` for every learner-facing module loaded so far, and their builtins
    shown (once ``torch`` itself is complete, at its last line: the modules it loaded were shown before
    their package knew its internal modules)."""
    # outer modules first: a helper several bind (typename) is named by torch rather than by a submodule
    for _, module in sorted(shown_modules().items(), key=lambda item: item[0].count(".")):
        _name_definitions(module)
        _show_builtins(module, _SHOWN_NAMES[engine_name(module)], finished=True)


def shown_modules() -> dict[str, types.ModuleType]:
    """The learner-facing modules loaded so far, by the name PyTorch gives them."""
    return {_SHOWN_NAMES[name]: sys.modules[name] for name in list(_SHOWN_NAMES) if name in sys.modules}


class LearnerPackage(LearnerModule):
    """A package learners reach as ``torch.X``. The import system binds every submodule it loads as
    an attribute of its package, but the engine's own internal ones (``graph``, ``parity``,
    ``nn._kernels``, ``optim.adam``) are no attributes of PyTorch's: that binding is not kept, so
    ``torch.graph`` raises as in PyTorch, while the engine's ``from autograd_tui.engine import graph``
    still finds the module (Python falls back on ``sys.modules``). A submodule the learner imports
    by its torch name (``import torch.nn.utils.prune``) is bound, as Python binds it."""

    def __setattr__(self, name: str, value: object) -> None:
        own = engine_name(self)
        if isinstance(value, types.ModuleType) and engine_name(value) == f"{own}.{name}":
            torch_name = _TORCH_NAMES[own]
            if name not in _PACKAGES[torch_name][1] and f"{torch_name}.{name}" not in sys.modules:
                return
        super().__setattr__(name, value)


# type(torch.nn) shows as PyTorch's: <class 'module'>
LearnerModule.__name__ = LearnerModule.__qualname__ = "module"
LearnerPackage.__name__ = LearnerPackage.__qualname__ = "module"
LearnerModule.__module__ = LearnerPackage.__module__ = "builtins"


def hide_submodules(package: str, torch_name: str, shown: Iterable[str], loaded: Iterable[str] = ()) -> None:
    """Keep the engine's internal submodules of ``package`` (``torch_name`` to learners) from being
    its attributes; ``shown`` are those PyTorch's own package binds, ``loaded`` those it imports and
    then unbinds (in ``sys.modules`` as ``torch.optim.adam``, where ``inspect`` finds a class's module).
    Called first thing in the package's ``__init__``, before it imports any submodule."""
    module = sys.modules[package]
    _LOADED_UNBOUND[package] = tuple(loaded)
    _TORCH_NAMES[package] = torch_name
    _PACKAGES[torch_name] = (package, frozenset(shown))
    for name, value in list(vars(module).items()):
        if isinstance(value, types.ModuleType) and engine_name(value) == f"{package}.{name}" and name not in shown:
            del vars(module)[name]
    _SHOWN_NAMES.pop(package, None)
    present_as(module, torch_name)
    if type(module) is LearnerModule:
        module.__class__ = LearnerPackage


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
