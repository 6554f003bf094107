"""``DataLoader(num_workers=N)``: PyTorch's worker processes, played one after another in this process.

What a script can observe of PyTorch's workers is kept:
- each worker has its own copy of the dataset (what it changes there, the main process never sees)
  and its own random streams: torch's seeded ``base_seed + id``, Python's ``random`` likewise,
  numpy's from a SeedSequence of ``(id, base_seed)``. They are swapped in while the worker runs
  and out after, so the main process's streams move only by the base seed and the sampler's draws;
- a map-style dataset's batch k is worker ``k % N``'s; an iterable dataset's workers each run its
  whole iterator on their own copy and take turns, a worker leaving the rotation when it ends;
- the sampler runs ``prefetch_factor * N`` batches ahead, as PyTorch's queue does;
- ``get_worker_info()`` inside a worker, ``worker_init_fn``, ``persistent_workers`` (workers and
  their streams live on; the base seed is drawn once), the warning for more workers than CPUs.
Prints from workers come in fetch order; PyTorch's interleaving varies from run to run.
"""
from __future__ import annotations

import collections
import contextlib
import copy
import os
import random
import traceback
import warnings
from typing import Any, Callable, Iterator, Optional

import numpy as np

from autograd_tui.engine.parity.generator import Generator, default_generator

__all__ = ["WorkerInfo", "get_worker_info"]

ENDED = object()  # what DataLoader._next_of_stream gives when an iterable dataset's iterator has nothing more
_running: list["WorkerInfo"] = []  # the worker whose code runs now (innermost last)


class WorkerInfo:
    """What ``get_worker_info()`` returns inside a worker."""

    id: int
    num_workers: int
    seed: int
    dataset: Any

    def __init__(self, **kwargs: Any) -> None:
        for name, value in {**kwargs, "rng": kwargs.get("rng"), "worker_method": kwargs.get("worker_method",
                                                                                        "multiprocessing")}.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise RuntimeError(f"Cannot assign attributes to {type(self).__name__} objects")

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({fields})"


WorkerInfo.__module__ = "torch.utils.data._utils.worker"


def get_worker_info() -> Optional[WorkerInfo]:
    """The running worker's WorkerInfo; ``None`` in the main process."""
    return _running[-1] if _running else None


def warn_if_more_than_cpus(num_workers: int) -> None:
    """PyTorch's warning when a loader will start more workers than this process may use CPUs."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if num_workers > 0 and (cpus is None or num_workers > cpus):
        suggestion = (f"Our suggested max number of worker in current system is {cpus}"
                      f"{'' if hasattr(os, 'sched_getaffinity') else ' (`cpuset` is not taken into account)'}, "
                      "which is smaller than what this DataLoader is going to create." if cpus is not None else
                      "DataLoader is not able to compute a suggested max number of worker in current system.")
        warnings.warn(f"This DataLoader will create {num_workers} worker processes in total. {suggestion} Please be "
                      "aware that excessive worker creation might get DataLoader running slow or even freeze, lower "
                      "the worker number to avoid potential slowness/freeze if necessary.", UserWarning,
                      stacklevel=2)  # the loader's line: PyTorch warns from its own file, once per place


class _Worker:
    """One worker: its WorkerInfo, dataset copy, random states and, for a stream, its iterator."""

    def __init__(self, worker_id: int, num_workers: int, base_seed: int, dataset: Any,
                 init_fn: Optional[Callable[[int], Any]]) -> None:
        try:
            own = copy.deepcopy(dataset)  # a forked process's copy
        except Exception:  # noqa: BLE001 - a dataset holding what cannot be copied (an open file) is shared
            own = dataset
        seed = base_seed + worker_id
        self.info = WorkerInfo(id=worker_id, num_workers=num_workers, seed=seed, dataset=own)
        self._torch = Generator().manual_seed(seed).get_state_bytes()
        self._python = random.Random(seed).getstate()
        self._numpy = np.random.RandomState(np.random.SeedSequence(
            [worker_id, base_seed & 0xFFFFFFFF, base_seed >> 32, 0]).generate_state(4)).get_state()
        self.stream: Optional[Iterator] = None
        if init_fn is not None:
            with self.running():
                init_fn(worker_id)

    @contextlib.contextmanager
    def running(self) -> Iterator[None]:
        """This worker's random streams and WorkerInfo in place for the block; the main process's after."""
        main = (default_generator.get_state_bytes(), random.getstate(), np.random.get_state())
        default_generator.set_state_bytes(self._torch)
        random.setstate(self._python)
        np.random.set_state(self._numpy)
        _running.append(self.info)
        try:
            yield
        except StopIteration:
            raise
        except Exception as error:
            raise _as_caught_in_worker(error, self.info.id) from None
        finally:
            _running.pop()
            self._torch, self._python, self._numpy = (default_generator.get_state_bytes(), random.getstate(),
                                                      np.random.get_state())
            default_generator.set_state_bytes(main[0])
            random.setstate(main[1])
            np.random.set_state(main[2])


def _as_caught_in_worker(error: Exception, worker_id: int) -> Exception:
    """PyTorch re-raises a worker's error in the main process as the same type, its message
    naming the worker and carrying the worker's traceback."""
    where = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    message = f"Caught {type(error).__name__} in DataLoader worker process {worker_id}.\nOriginal {where}"
    try:
        return type(error)(message)
    except Exception:  # noqa: BLE001 - a type that takes other arguments: PyTorch raises a RuntimeError then
        return RuntimeError(message)


class MultiProcessingDataLoaderIter:
    """What ``iter(loader)`` returns when ``num_workers > 0``."""

    def __init__(self, loader: Any, base_seed: int) -> None:
        self._loader = loader
        self._workers = [_Worker(i, loader.num_workers, base_seed, loader.dataset, loader.worker_init_fn)
                         for i in range(loader.num_workers)]
        self.reset()

    def reset(self) -> None:
        """A new pass: the sampler from its start, each stream worker's iterator anew."""
        loader = self._loader
        self._fetched = 0
        if loader._iterable:
            for worker in self._workers:
                with worker.running():
                    worker.stream = iter(worker.info.dataset)
            self._turns: collections.deque = collections.deque(self._workers)
            return
        self._indices = iter(loader._batches_of_indices())
        self._pending: collections.deque = collections.deque()
        for _ in range((loader.prefetch_factor or 2) * loader.num_workers):
            self._queue_next_index()

    def _queue_next_index(self) -> None:
        try:
            self._pending.append(next(self._indices))
        except StopIteration:
            pass

    def __iter__(self) -> "MultiProcessingDataLoaderIter":
        return self

    def __next__(self) -> Any:
        loader = self._loader
        if loader._iterable:
            while self._turns:
                worker = self._turns.popleft()
                with worker.running():
                    batch = loader._next_of_stream(worker.stream)
                if batch is not ENDED:
                    self._turns.append(worker)
                    return batch
            raise StopIteration
        if not self._pending:
            raise StopIteration
        index = self._pending.popleft()
        worker = self._workers[self._fetched % len(self._workers)]
        self._fetched += 1
        with worker.running():
            batch = loader._fetch(worker.info.dataset, index)
        self._queue_next_index()
        return batch

    def __len__(self) -> int:
        return len(self._loader)


MultiProcessingDataLoaderIter.__name__ = MultiProcessingDataLoaderIter.__qualname__ = "_MultiProcessingDataLoaderIter"
MultiProcessingDataLoaderIter.__module__ = "torch.utils.data.dataloader"
