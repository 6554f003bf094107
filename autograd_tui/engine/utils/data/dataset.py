"""Map-style and iterable datasets, ``TensorDataset``, ``ConcatDataset``/``ChainDataset``/``StackDataset``,
``Subset`` and ``random_split``."""
from __future__ import annotations as _annotations

import bisect
import itertools
import math
import warnings
from typing import Any as _Any, Iterable, Optional as _Optional, Sequence, Sized as _Sized, cast

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, _user_stacklevel
from autograd_tui.engine.parity.generator import default_generator

__all__ = ["Dataset", "IterableDataset", "TensorDataset", "ConcatDataset", "ChainDataset", "StackDataset", "Subset",
           "random_split"]


class Dataset:
    """A map-style dataset: subclasses give ``__getitem__`` (and usually ``__len__``)."""

    def __getitem__(self, index: _Any) -> _Any:
        raise NotImplementedError("Subclasses of Dataset should implement __getitem__.")

    def __add__(self, other: "Dataset") -> "ConcatDataset":
        return ConcatDataset([self, other])

    def __class_getitem__(cls, item: _Any) -> type:  # Dataset[int] in type hints
        return cls


class IterableDataset(Dataset):
    """A dataset read as a stream: subclasses give ``__iter__``."""

    def __iter__(self):
        raise NotImplementedError("Subclasses of IterableDataset should implement __iter__.")

    def __add__(self, other: Dataset) -> "ChainDataset":  # type: ignore[override]  # as in PyTorch
        return ChainDataset([self, other])


class ChainDataset(IterableDataset):
    """Several streams read one after another, lazily (a non-stream among them fails when reached)."""

    def __init__(self, datasets: Iterable[Dataset]) -> None:
        self.datasets = datasets

    def __iter__(self):
        for dataset in self.datasets:
            assert isinstance(dataset, IterableDataset), "ChainDataset only supports IterableDataset"
            yield from dataset

    def __len__(self) -> int:
        total = 0
        for dataset in self.datasets:
            assert isinstance(dataset, IterableDataset), "ChainDataset only supports IterableDataset"
            total += len(cast(_Sized, dataset))
        return total


class TensorDataset(Dataset):
    """Sample ``i`` is the tuple of every tensor's row ``i``."""

    def __init__(self, *tensors: Tensor) -> None:
        if any(tensors[0].size(0) != tensor.size(0) for tensor in tensors):
            raise AssertionError("Size mismatch between tensors")
        self.tensors = tensors

    def __getitem__(self, index: _Any) -> tuple:
        return tuple(tensor[index] for tensor in self.tensors)

    def __len__(self) -> int:
        return self.tensors[0].size(0)


class ConcatDataset(Dataset):
    """Several datasets read one after another."""

    def __init__(self, datasets: Iterable[Dataset]) -> None:
        self.datasets = list(datasets)
        if len(self.datasets) == 0:
            raise AssertionError("datasets should not be an empty iterable")
        for d in self.datasets:
            if isinstance(d, IterableDataset):
                raise AssertionError("ConcatDataset does not support IterableDataset")
        # Dataset itself has no __len__ (as in PyTorch); concatenated ones must have it.
        self.cumulative_sizes = list(itertools.accumulate(len(cast(_Sized, d)) for d in self.datasets))

    def __len__(self) -> int:
        return self.cumulative_sizes[-1]

    def __getitem__(self, idx: int) -> _Any:
        if idx < 0:
            if -idx > len(self):
                raise ValueError("absolute value of index should not exceed dataset length")
            idx = len(self) + idx
        which = bisect.bisect_right(self.cumulative_sizes, idx)
        start = 0 if which == 0 else self.cumulative_sizes[which - 1]
        return self.datasets[which][idx - start]


class StackDataset(Dataset):
    """Sample ``i`` of several equally long datasets side by side: a tuple (datasets given in order)
    or a dict (given by name)."""

    def __init__(self, *args: Dataset, **kwargs: Dataset) -> None:
        if args and kwargs:
            raise ValueError("Supported either ``tuple``- (via ``args``) or``dict``- (via ``kwargs``) like "
                             "input/output, but both types are given.")
        if not args and not kwargs:
            raise ValueError("At least one dataset should be passed")
        parts = list(args) if args else list(kwargs.values())
        self._length = len(cast(_Sized, parts[0]))
        if any(len(cast(_Sized, part)) != self._length for part in parts):
            raise ValueError("Size mismatch between datasets")
        self.datasets: _Any = args if args else kwargs

    def __getitem__(self, index: _Any) -> _Any:
        if isinstance(self.datasets, dict):
            return {name: dataset[index] for name, dataset in self.datasets.items()}
        return tuple(dataset[index] for dataset in self.datasets)

    def __len__(self) -> int:
        return self._length


class Subset(Dataset):
    """The samples of ``dataset`` at ``indices``, in that order."""

    def __init__(self, dataset: Dataset, indices: Sequence[int]) -> None:
        self.dataset = dataset
        self.indices = indices

    def __getitem__(self, idx: _Any) -> _Any:
        if isinstance(idx, list):
            return self.dataset[[self.indices[i] for i in idx]]
        return self.dataset[self.indices[idx]]

    def __getitems__(self, indices: list) -> list:
        getitems = getattr(self.dataset, "__getitems__", None)
        if callable(getitems):
            return getitems([self.indices[idx] for idx in indices])
        return [self.dataset[self.indices[idx]] for idx in indices]

    def __len__(self) -> int:
        return len(self.indices)


def random_split(dataset: Dataset, lengths: Sequence[float], generator: _Optional[_Any] = default_generator) -> list:
    """Split ``dataset`` at random into subsets of the given lengths (or fractions summing to 1)."""
    sized = cast(_Sized, dataset)  # a dataset to split must have __len__, as in PyTorch
    if math.isclose(sum(lengths), 1) and sum(lengths) <= 1:
        subset_lengths: list[int] = []
        for i, frac in enumerate(lengths):
            if frac < 0 or frac > 1:
                raise ValueError(f"Fraction at index {i} is not between 0 and 1")
            subset_lengths.append(math.floor(len(sized) * frac))
        remainder = len(sized) - sum(subset_lengths)
        # The leftover items go one each to the splits in turn.
        for i in range(remainder):
            subset_lengths[i % len(subset_lengths)] += 1
        lengths = subset_lengths
        for i, length in enumerate(lengths):
            if length == 0:
                warnings.warn(f"Length of split at index {i} is 0. This might result in an empty dataset.",
                              UserWarning, stacklevel=_user_stacklevel())
    if sum(lengths) != len(sized):
        raise ValueError("Sum of input lengths does not equal the length of the input dataset!")
    indices = _F.randperm(int(sum(lengths)), generator=generator).tolist()  # randperm takes an int count
    return [Subset(dataset, indices[offset - length:offset])
            for offset, length in zip(itertools.accumulate(lengths), lengths)]


for _cls in (Dataset, IterableDataset, TensorDataset, ConcatDataset, ChainDataset, StackDataset, Subset):
    _cls.__module__ = "torch.utils.data.dataset"
random_split.__module__ = "torch.utils.data.dataset"
