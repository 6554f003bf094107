"""``torch.return_types``: the results made of several tensors (``max(dim)``, ``sort``, ``svd``...).

PyTorch builds them as structseqs, the kind of tuple ``os.stat_result`` is, not as namedtuples: fields
by name and by index, ``n_fields``, read-only attributes, no ``_fields``/``_asdict``/``_replace``, and a
constructor that takes one sequence. The engine makes its results with ``result``.
"""
from __future__ import annotations

from typing import Any

_CLASSES: dict[str, type] = {}


class _Field:
    """One named slot: reads the tuple's item, refuses writes as a structseq member does."""

    def __init__(self, index: int, name: str) -> None:
        self.index, self.__doc__ = index, f"{name} of the result"

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        return self if obj is None else tuple.__getitem__(obj, self.index)

    def __set__(self, obj: Any, value: Any) -> None:
        raise AttributeError("readonly attribute")


class _StructseqType(type):
    """The metaclass of the result classes. A structseq's C name is ``torch.return_types.max``, which
    Python's own messages print (``'torch.return_types.max' object has no attribute 'item'``), while its
    ``__name__`` is ``max``: the class is made under the dotted name and answers ``__name__`` with its
    ``__qualname__``. Shown as ``type``, as the structseq classes' own metaclass is."""

    @property
    def __name__(cls) -> str:  # type: ignore[override]
        return cls.__qualname__


for _attribute, _value in (("__name__", "type"), ("__qualname__", "type"), ("__module__", "builtins")):
    setattr(_StructseqType, _attribute, _value)  # the metaclass's own names, through type's setters


def return_type(name: str, fields: tuple[str, ...]) -> type:
    """The class ``torch.return_types.<name>``, one per name, printed one field a line."""
    cls = _CLASSES.get(name)
    if cls is None:
        cls = _CLASSES[name] = _new_class(name, tuple(fields))
    return cls


def result(name: str, fields: tuple[str, ...], *values: Any) -> Any:
    """An engine result of the class ``name`` holding ``values`` (its constructor wants one sequence)."""
    return tuple.__new__(return_type(name, fields), values)


def _new_class(name: str, fields: tuple[str, ...]) -> type:
    count = len(fields)

    def __new__(cls, sequence, dict=None):  # noqa: A002 - the structseq constructor's own parameter name
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if len(items) != count:
            raise TypeError(f"torch.return_types.{name}() takes a {count}-sequence ({len(items)}-sequence given)")
        return tuple.__new__(cls, items)

    def __repr__(self) -> str:
        body = ",\n".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"torch.return_types.{name}(\n{body})"

    def __reduce__(self):
        return (type(self), (tuple(self),))

    namespace: dict[str, Any] = {
        "__new__": __new__, "__repr__": __repr__, "__str__": __repr__, "__reduce__": __reduce__,
        "__module__": "torch.return_types", "__qualname__": name, "__slots__": (), "__match_args__": fields,
        "n_fields": count, "n_sequence_fields": count, "n_unnamed_fields": 0,
    }
    namespace.update({f: _Field(i, f) for i, f in enumerate(fields)})
    return _StructseqType(f"torch.return_types.{name}", (tuple,), namespace)
