"""``default_collate``: how a DataLoader turns a list of samples into one batch.

Tensors are stacked along a new first dim, numpy arrays become tensors first, Python floats a
float64 tensor, ints an int64 one, strings stay a list; tuples, lists, dicts and namedtuples
are collated position by position (a tuple sample gives a *list* of batches, as in PyTorch).
"""
from __future__ import annotations

import collections.abc
import copy
import re
from typing import Any, Sequence

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor

__all__ = ["default_collate", "default_convert"]

_ERROR = "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found {}"
_STRING_OR_OBJECT = re.compile(r"[SaUO]")


def _collate_leaf(batch: Sequence[Any]) -> Any:
    elem = batch[0]
    if isinstance(elem, Tensor):
        return _F.stack(batch, 0)
    if isinstance(elem, np.ndarray):
        if _STRING_OR_OBJECT.search(elem.dtype.str) is not None:
            raise TypeError(_ERROR.format(elem.dtype))
        return default_collate([_F.as_tensor(b) for b in batch])
    if isinstance(elem, (np.bool_, np.number)):
        return _F.as_tensor(np.asarray(batch))
    if isinstance(elem, float):
        return _F.tensor(batch, dtype=dtypes.float64)
    if isinstance(elem, int):
        return _F.tensor(batch)
    if isinstance(elem, (str, bytes)):
        return batch
    return NotImplemented


def default_collate(batch: Sequence[Any]) -> Any:
    leaf = _collate_leaf(batch)
    if leaf is not NotImplemented:
        return leaf
    elem = batch[0]
    if isinstance(elem, collections.abc.Mapping):
        items = {key: default_collate([d[key] for d in batch]) for key in elem}
        try:
            if isinstance(elem, collections.abc.MutableMapping):
                clone = copy.copy(elem)
                clone.update(items)
                return clone
            mapping_type: Any = type(elem)  # a concrete mapping class, whose constructor takes a dict
            return mapping_type(items)
        except TypeError:
            return items
    if isinstance(elem, tuple) and hasattr(elem, "_fields"):  # a namedtuple keeps its type
        return type(elem)(*(default_collate(samples) for samples in zip(*batch)))
    if isinstance(elem, collections.abc.Sequence):
        size = len(elem)
        if not all(len(e) == size for e in batch):
            raise RuntimeError("each element in list of batch should be of equal size")
        columns = [default_collate(samples) for samples in zip(*batch)]
        if isinstance(elem, tuple):
            return columns
        try:
            if isinstance(elem, collections.abc.MutableSequence):
                sequence_clone = copy.copy(elem)
                for i, column in enumerate(columns):
                    sequence_clone[i] = column
                return sequence_clone
            sequence_type: Any = type(elem)  # a concrete sequence class, whose constructor takes a list
            return sequence_type(columns)
        except TypeError:
            return columns
    raise TypeError(_ERROR.format(type(elem)))


def default_convert(data: Any) -> Any:
    """What a DataLoader with ``batch_size=None`` applies to each sample: numpy arrays to tensors."""
    if isinstance(data, Tensor):
        return data
    if isinstance(data, np.ndarray):
        if _STRING_OR_OBJECT.search(data.dtype.str) is not None:
            return data
        return _F.as_tensor(data)
    if isinstance(data, (np.bool_, np.number)):
        return _F.as_tensor(data)
    if isinstance(data, collections.abc.Mapping):
        return {key: default_convert(data[key]) for key in data}
    if isinstance(data, tuple) and hasattr(data, "_fields"):
        return type(data)(*(default_convert(d) for d in data))
    if isinstance(data, tuple):
        return [default_convert(d) for d in data]
    if isinstance(data, collections.abc.Sequence) and not isinstance(data, (str, bytes)):
        return [default_convert(d) for d in data]
    return data


default_collate.__module__ = "torch.utils.data._utils.collate"
default_convert.__module__ = "torch.utils.data._utils.collate"
