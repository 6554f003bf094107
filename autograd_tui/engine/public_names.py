"""PyTorch's own ``__name__`` for each public function of a namespace.

A learner's loop ``for f in (torch.relu, torch.sigmoid): print(f.__name__)`` shows the names of
PyTorch's builtins: the attribute's name in ``torch`` and ``torch.nn.functional``,
``linalg_<name>`` in ``torch.linalg`` and ``special_<name>`` in ``torch.special``. The engine
often binds one function under several names (``torch.clip`` is ``clamp``, ``torch.linalg.det``
is ``torch.det``); each binding whose function carries another name gets a copy under the right
one. A copy of the function object, not a wrapper: it adds no frame and keeps the signature.
"""
from __future__ import annotations

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
