"""``tensor.storage()`` and ``tensor.untyped_storage()``: the memory a tensor views.

A tensor and every view of it share one storage: the numpy array that owns the memory. The
typed storage lists its elements one per line, the untyped one its bytes, as PyTorch prints them.
"""
from __future__ import annotations as _annotations

import weakref as _weakref
from typing import Any

import numpy as np

from autograd_tui.engine import dtypes as _dtypes
from autograd_tui.engine.parity.matmul import address as _address

_TYPED_STORAGE_WARNING = (
    "TypedStorage is deprecated. It will be removed in the future and UntypedStorage will be the only "
    "storage class. This should only matter to you if you are using storages directly.  To access "
    "UntypedStorage directly, use tensor.untyped_storage() instead of tensor.storage()")


def _owner(data: np.ndarray) -> np.ndarray:
    """The array that owns ``data``'s memory (``data`` itself when it is not a view)."""
    while True:
        base = data.base
        if not isinstance(base, np.ndarray):
            # numpy's as_strided (diagonals, windows) keeps the array it views one level down
            base = getattr(base, "base", None)
            if not isinstance(base, np.ndarray):
                return data
        data = base


class _OwnerSet:
    """Storages flagged by something done to them, keyed by the owner's id (arrays are not
    hashable), each entry dropped when its array dies."""

    def __init__(self) -> None:
        self._refs: dict[int, "_weakref.ref[np.ndarray]"] = {}

    def add(self, data: np.ndarray) -> None:
        memory = _owner(data)
        key = id(memory)
        refs = self._refs

        def forget(_ref: object) -> None:
            refs.pop(key, None)

        refs[key] = _weakref.ref(memory, forget)

    def __contains__(self, data: np.ndarray) -> bool:
        memory = _owner(data)
        ref = self._refs.get(id(memory))
        return ref is not None and ref() is memory


# Memory that numpy owns (from_numpy, as_tensor of an array): PyTorch cannot grow such a storage.
_NOT_RESIZABLE = _OwnerSet()
# Storages moved to shared memory by ``share_memory_``: PyTorch's flag belongs to the storage, so
# every view of it answers ``is_shared()``.
_SHARED = _OwnerSet()


def _mark_not_resizable(data: np.ndarray) -> None:
    """Records that ``data``'s memory belongs to a numpy array the tensor merely borrows."""
    _NOT_RESIZABLE.add(data)


def _resizable(data: np.ndarray) -> bool:
    return data not in _NOT_RESIZABLE


def _mark_shared(data: np.ndarray) -> None:
    """Records that ``data``'s storage is in shared memory (``share_memory_``)."""
    _SHARED.add(data)


def _is_shared(data: np.ndarray) -> bool:
    return data in _SHARED


def _tensor_is_shared(self: Any) -> bool:
    return _is_shared(self._data)


def _tensor_share_memory_(self: Any) -> Any:
    """Moves the underlying storage to shared memory.

    The engine runs in one process: the storage is only flagged, so that it and every view of
    it answer ``is_shared()`` as PyTorch's do. Its memory stays where it is: ``data_ptr()`` does
    not change, and a numpy array sharing it (``from_numpy``, ``.numpy()``) keeps sharing it,
    where PyTorch copies the storage into a shared-memory segment.
    """
    _mark_shared(self._data)
    return self


# Tensor's methods (bound in _tensor.py): named as PyTorch's in Python's argument errors
_tensor_is_shared.__name__, _tensor_is_shared.__qualname__ = "is_shared", "Tensor.is_shared"
_tensor_share_memory_.__name__, _tensor_share_memory_.__qualname__ = "share_memory_", "Tensor.share_memory_"


def _offset(data: np.ndarray) -> int:
    """``storage_offset()``: where ``data`` starts in its owner, in elements."""
    start = _address(data) - _address(_owner(data))
    return start // data.itemsize


def _lines(values: list, title: str) -> str:
    body = "\n".join(f" {v}" for v in values) if values else " "
    return f"{body}\n[{title} of size {len(values)}]"


class UntypedStorage:
    """The owner's bytes."""

    def __init__(self, data: np.ndarray, device: Any = "cpu", *, bfloat16: bool = False) -> None:
        self._owner = _owner(data)
        self.device = device
        self._bfloat16 = bfloat16  # held as float32 here: two bytes an element, the float32's upper half

    def _bytes(self) -> np.ndarray:
        flat = np.ascontiguousarray(self._owner).reshape(-1)
        if self._bfloat16:
            return (flat.view(np.uint32) >> 16).astype("<u2").view(np.uint8)
        return flat.view(np.uint8)

    def nbytes(self) -> int:
        return int(self._owner.size * 2 if self._bfloat16 else self._owner.nbytes)

    def size(self) -> int:
        return self.nbytes()

    def __len__(self) -> int:
        return self.nbytes()

    def data_ptr(self) -> int:
        return int(_address(self._owner))

    def tolist(self) -> list:
        return [int(b) for b in self._bytes()]

    def __getitem__(self, index: Any) -> Any:
        return self.tolist()[index]

    def is_shared(self) -> bool:
        return _is_shared(self._owner)

    def share_memory_(self) -> "UntypedStorage":
        _mark_shared(self._owner)
        return self

    def __repr__(self) -> str:
        return _lines(self.tolist(), "torch.storage.UntypedStorage(device=cpu)")


class TypedStorage(UntypedStorage):
    """The owner's elements, in the tensor's dtype."""

    def __init__(self, data: np.ndarray, dtype: _dtypes.dtype, device: Any = "cpu") -> None:
        super().__init__(data, device, bfloat16=dtype is _dtypes.bfloat16)
        self.dtype = dtype

    def _elements(self) -> np.ndarray:
        return np.ascontiguousarray(self._owner).reshape(-1).view(self.dtype.np)

    def size(self) -> int:
        return int(self._elements().size)

    def __len__(self) -> int:
        return self.size()

    def element_size(self) -> int:
        return self.dtype.itemsize

    def tolist(self) -> list:
        return self._elements().tolist()

    def untyped(self) -> UntypedStorage:
        return UntypedStorage(self._owner, self.device, bfloat16=self._bfloat16)

    def __repr__(self) -> str:
        return _lines(self.tolist(), f"torch.storage.TypedStorage(dtype={self.dtype}, device=cpu)")


TypedStorage.__module__ = UntypedStorage.__module__ = "torch.storage"
