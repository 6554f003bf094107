"""PyTorch's own ``__name__`` for each public function of a namespace.

A learner's loop ``for f in (torch.relu, torch.sigmoid): print(f.__name__)`` shows the names of
PyTorch's builtins: the attribute's name in ``torch`` and ``torch.nn.functional``,
``linalg_<name>`` in ``torch.linalg`` and ``special_<name>`` in ``torch.special``. The engine
often binds one function under several names (``torch.clip`` is ``clamp``, ``torch.linalg.det``
is ``torch.det``); each binding whose function carries another name gets a copy under the right
one. A copy of the function object, not a wrapper: it adds no frame and keeps the signature.
"""
from __future__ import annotations

import functools
import types
from typing import Any

# torch.nn.functional's two Python functions whose builtin carries another name
_FUNCTIONAL_NAMES = {"logsigmoid": "log_sigmoid", "threshold": "_threshold"}


def renamed(function: types.FunctionType, name: str) -> types.FunctionType:
    """``function`` under ``name`` (the same code, defaults, closure and attributes)."""
    copy = types.FunctionType(function.__code__, function.__globals__, name, function.__defaults__,
                              function.__closure__)
    copy.__kwdefaults__ = function.__kwdefaults__
    copy.__dict__.update(function.__dict__)
    copy.__doc__, copy.__module__, copy.__qualname__ = function.__doc__, function.__module__, name
    copy.__annotations__ = dict(function.__annotations__)
    return copy


def name_as_torch(namespace: dict[str, Any], prefix: str = "", names: Any = None) -> None:
    """Give each public function of ``namespace`` (or only ``names``) PyTorch's name for it:
    ``prefix`` + its attribute name, or for ``torch.nn.functional`` its builtin's name."""
    for attribute in list(namespace) if names is None else names:
        function = namespace.get(attribute)
        if attribute.startswith("_") or not isinstance(function, types.FunctionType):
            continue
        wanted = _FUNCTIONAL_NAMES.get(attribute, attribute) if prefix == "functional" else prefix + attribute
        if function.__name__ != wanted:
            namespace[attribute] = renamed(function, wanted)


class Builtin(functools.partial):
    """A public function that PyTorch writes in C, as a learner inspecting it sees one: its repr
    (``<built-in method add of type object at 0x…>``, ``<built-in function linalg_det>``), its type's
    name, its ``__qualname__`` (``_VariableFunctionsClass.add``), no signature (``inspect.signature``
    raises PyTorch's ValueError). A ``functools.partial`` of no arguments: calling it calls the
    function from C, with no frame of its own."""

    __name__: str  # (set on each instance)
    __qualname__: str

    def __new__(cls, function: Any, prefix: str, module: str) -> Builtin:
        self = super().__new__(cls, function)
        # PyTorch's qualname puts its C class before the name ("" for a module-level builtin)
        self.__name__, self.__qualname__ = function.__name__, prefix + function.__name__
        self.__module__, self.__doc__ = module, function.__doc__
        return self

    def around(self, function: Any) -> Builtin:
        """The same builtin, calling ``function`` (a routing that wraps this one's function)."""
        return Builtin(function, self.__qualname__[:-len(self.__name__)], self.__module__)

    def calling(self, function: Any) -> Any:
        """Make this very object call ``function`` (a routing put in place after a learner fetched
        it: ``add = torch.add``); returns the function it called before."""
        own = self.func
        functools.partial.__setstate__(self, (function, (), None, self.__dict__))  # type: ignore[attr-defined]
        return own

    @property
    def __signature__(self) -> Any:
        raise ValueError(f"no signature found for builtin {self!r}")

    __text_signature__ = None

    def __get__(self, owner: Any, cls: Any = None) -> Builtin:
        return self  # a builtin is not bound as a method (and inspect counts it a routine)

    def __reduce__(self) -> str:
        return self.__name__  # pickled by reference, copied as itself

    def __repr__(self) -> str:
        prefix = self.__qualname__[:-len(self.__name__)]
        if not prefix:
            return f"<built-in function {self.__name__}>"
        owner = "type" if prefix == "_VariableFunctionsClass." else f"pybind11_builtins.{prefix[:-1]}"
        return f"<built-in method {self.__name__} of {owner} object at {hex(id(Builtin))}>"


type.__dict__["__name__"].__set__(Builtin, "builtin_function_or_method")
Builtin.__qualname__, Builtin.__module__ = "builtin_function_or_method", "builtins"


def plain(function: Any) -> Any:
    """The engine's own function behind a :class:`Builtin` (else ``function``)."""
    return function.func if isinstance(function, Builtin) else function
