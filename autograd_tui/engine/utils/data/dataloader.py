"""``DataLoader``: batches of a dataset, in order or shuffled.

Each pass draws one 64-bit "base seed" from the global generator (PyTorch draws it for its
worker processes even when there are none) before the sampler draws its own, so seeded
shuffles yield PyTorch's batches. ``num_workers > 0`` plays PyTorch's worker processes in this
one (workers.py).
"""
from __future__ import annotations

import multiprocessing as _multiprocessing
from multiprocessing.context import BaseContext as _BaseContext
import warnings
from typing import Any, Callable, Iterator as _Iterator, Optional as _Optional

from autograd_tui.engine.utils.data.collate import default_collate, default_convert
from autograd_tui.engine.utils.data.dataset import IterableDataset
from autograd_tui.engine.utils.data.sampler import (BatchSampler, RandomSampler, SequentialSampler,
                                                    draw_seed as _draw_seed)
from autograd_tui.engine.utils.data.workers import ENDED as _ENDED, get_worker_info
from autograd_tui.engine.utils.data.workers import MultiProcessingDataLoaderIter as _MultiProcessingDataLoaderIter
from autograd_tui.engine.utils.data.workers import warn_if_more_than_cpus as _warn_if_more_than_cpus

__all__ = ["DataLoader", "get_worker_info"]


class DataLoader:
    def __init__(self, dataset, batch_size: _Optional[int] = 1, shuffle: _Optional[bool] = None, sampler=None,
                 batch_sampler=None, num_workers: int = 0, collate_fn: _Optional[Callable] = None,
                 pin_memory: bool = False, drop_last: bool = False, timeout: float = 0,
                 worker_init_fn: _Optional[Callable] = None, multiprocessing_context=None, generator=None, *,
                 prefetch_factor: _Optional[int] = None, persistent_workers: bool = False,
                 pin_memory_device: str = "", in_order: bool = True) -> None:
        if num_workers < 0:
            raise ValueError("num_workers option should be non-negative; use num_workers=0 to disable "
                             "multiprocessing.")
        if timeout < 0:
            raise ValueError("timeout option should be non-negative")
        if num_workers == 0 and prefetch_factor is not None:
            raise ValueError("prefetch_factor option could only be specified in multiprocessing.let num_workers "
                             "> 0 to enable multiprocessing, otherwise set prefetch_factor to None.")
        if prefetch_factor is not None and prefetch_factor < 0:
            raise ValueError("prefetch_factor option should be non-negative")
        if persistent_workers and num_workers == 0:
            raise ValueError("persistent_workers option needs num_workers > 0")
        if multiprocessing_context is not None and num_workers == 0:
            raise ValueError("multiprocessing_context can only be used with multi-process loading (num_workers > 0), "
                             f"but got num_workers={num_workers}")
        if num_workers > 0 and multiprocessing_context is not None:
            _check_start_method(multiprocessing_context)
        self.dataset = dataset
        self.num_workers = num_workers
        self.prefetch_factor = prefetch_factor
        self.pin_memory = pin_memory
        self.pin_memory_device = pin_memory_device
        self.timeout = timeout
        self.worker_init_fn = worker_init_fn
        self.multiprocessing_context = multiprocessing_context
        self.in_order = in_order
        self._iterable = isinstance(dataset, IterableDataset)
        if self._iterable:
            if shuffle not in (False, None):
                raise ValueError("DataLoader with IterableDataset: expected unspecified shuffle option, "
                                 f"but got shuffle={shuffle}")
            if sampler is not None:
                raise ValueError("DataLoader with IterableDataset: expected unspecified sampler option, "
                                 f"but got sampler={sampler}")
            if batch_sampler is not None:
                raise ValueError("DataLoader with IterableDataset: expected unspecified batch_sampler "
                                 f"option, but got batch_sampler={batch_sampler}")
        else:
            shuffle = bool(shuffle)
        if sampler is not None and shuffle:
            raise ValueError("sampler option is mutually exclusive with shuffle")
        if batch_sampler is not None:
            if batch_size != 1 or shuffle or sampler is not None or drop_last:
                raise ValueError("batch_sampler option is mutually exclusive with batch_size, shuffle, "
                                 "sampler, and drop_last")
            batch_size = None
            drop_last = False
        elif batch_size is None and drop_last:
            raise ValueError("batch_size=None option disables auto-batching and is mutually exclusive with "
                             "drop_last")
        if sampler is None and not self._iterable:
            sampler = RandomSampler(dataset, generator=generator) if shuffle else SequentialSampler(dataset)
        if batch_size is not None and batch_sampler is None and not self._iterable:
            batch_sampler = BatchSampler(sampler, batch_size, drop_last)
        self.batch_size = batch_size
        self.drop_last = drop_last
        self.sampler = sampler
        self.batch_sampler = batch_sampler
        self.generator = generator
        if collate_fn is None:
            collate_fn = default_collate if batch_size is not None or batch_sampler is not None \
                else default_convert
        self.collate_fn = collate_fn
        self.persistent_workers = persistent_workers
        self._iterator: _Optional[_MultiProcessingDataLoaderIter] = None  # persistent workers' iterator
        _warn_if_more_than_cpus(num_workers)

    def _batches_of_indices(self):
        return self.batch_sampler if self.batch_sampler is not None else self.sampler

    def __iter__(self) -> _Iterator[Any]:
        if self.num_workers > 0 and self.persistent_workers and self._iterator is not None:
            self._iterator.reset()
            return self._iterator
        _warn_if_more_than_cpus(self.num_workers)
        if self.pin_memory:
            if self.pin_memory_device:
                warnings.warn("pin_memory_device is deprecated, the current accelerator will be used as the "
                              f"device,ignore pin_memory_device='{self.pin_memory_device}'.", UserWarning,
                              stacklevel=1)
            warnings.warn("'pin_memory' argument is set as true but no accelerator is found, then device "
                          "pinned memory won't be used.", UserWarning,
                          stacklevel=1)  # PyTorch warns from its own file: `run` shows no place
        if self.num_workers > 0:
            workers = _MultiProcessingDataLoaderIter(self, _draw_seed(self.generator))
            if self.persistent_workers:
                self._iterator = workers
            return workers
        if self._iterable:
            batches = self._iterate_stream()
        else:
            batches = (self._fetch(self.dataset, index) for index in iter(self._batches_of_indices()))
        _draw_seed(self.generator)  # the workers' base seed, drawn even without workers
        # its length asked only when len() is (list(loader) asks for it as a hint, which may fail); a stream's
        # iterator has none even when the loader has, as in PyTorch (its sampler is an endless stand-in)
        return _SingleProcessDataLoaderIter(batches, None if self._iterable else self.__len__)

    def _fetch(self, dataset: Any, index: Any) -> Any:
        """The batch (or, without batching, the sample) at ``index`` of a map-style ``dataset``."""
        if self.batch_size is None and self.batch_sampler is None:
            return self.collate_fn(dataset[index])
        if callable(getattr(dataset, "__getitems__", None)):
            return self.collate_fn(dataset.__getitems__(index))
        return self.collate_fn([dataset[i] for i in index])

    def _iterate_stream(self) -> _Iterator[Any]:
        stream = iter(self.dataset)
        while (batch := self._next_of_stream(stream)) is not _ENDED:
            yield batch

    def _next_of_stream(self, stream: _Iterator[Any]) -> Any:
        """The next batch (or sample) of an iterable dataset's ``stream``, or ``_ENDED``."""
        if self.batch_size is None:
            sample: Any = next(stream, _ENDED)
            return _ENDED if sample is _ENDED else self.collate_fn(sample)
        batch = [sample for _, sample in zip(range(self.batch_size), stream)]
        if not batch or (self.drop_last and len(batch) < self.batch_size):
            return _ENDED
        return self.collate_fn(batch)

    def __len__(self) -> int:
        if self._iterable:
            length = len(self.dataset)
            if self.batch_size is not None:
                return length // self.batch_size if self.drop_last else -(-length // self.batch_size)
            return length
        return len(self._batches_of_indices())


class _SingleProcessDataLoaderIter:
    """What ``iter(loader)`` returns: the batches of one pass."""

    def __init__(self, batches: _Iterator[Any], length: _Optional[Callable[[], int]]) -> None:
        self._batches = batches
        self._length = length

    def __iter__(self) -> "_SingleProcessDataLoaderIter":
        return self

    def __next__(self) -> Any:
        return next(self._batches)

    def __len__(self) -> int:
        if self._length is None:
            raise TypeError("object of type '_InfiniteConstantSampler' has no len()")
        return self._length()


def _check_start_method(context: Any) -> None:
    if isinstance(context, str):
        methods = _multiprocessing.get_all_start_methods()
        if context not in methods:
            raise ValueError(f"multiprocessing_context option should specify a valid start method in {methods!r}, "
                             f"but got multiprocessing_context={context!r}")
    elif not isinstance(context, _BaseContext):
        raise TypeError("multiprocessing_context option should be a valid context object or a string specifying "
                        f"the start method, but got multiprocessing_context={context}")


DataLoader.__module__ = "torch.utils.data.dataloader"
_SingleProcessDataLoaderIter.__module__ = "torch.utils.data.dataloader"
