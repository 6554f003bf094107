"""DataLoader(num_workers=N) played in one process: what a script can observe of PyTorch's workers."""
from __future__ import annotations

import warnings

import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.utils.data import DataLoader, Dataset, IterableDataset, get_worker_info


class Counting(Dataset):
    def __init__(self):
        self.calls = 0

    def __len__(self):
        return 4

    def __getitem__(self, i):
        self.calls += 1  # in a worker: its own copy's counter
        return torch.tensor(float(get_worker_info().id))


@pytest.fixture(autouse=True)
def _no_cpu_count_warning():
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="This DataLoader will create")
        yield


def test_workers_take_turns_on_their_own_copies_of_the_dataset():
    dataset = Counting()
    ids = [batch.tolist() for batch in DataLoader(dataset, batch_size=1, num_workers=2)]
    assert ids == [[0.0], [1.0], [0.0], [1.0]] and dataset.calls == 0 and get_worker_info() is None


def test_an_error_in_a_worker_names_the_worker_and_keeps_its_type():
    class Broken(Dataset):
        def __len__(self):
            return 2

        def __getitem__(self, i):
            raise KeyError(i)

    with pytest.raises(KeyError) as caught:
        next(iter(DataLoader(Broken(), num_workers=1)))
    assert str(caught.value.args[0]).startswith("Caught KeyError in DataLoader worker process 0.\nOriginal Traceback")
    assert get_worker_info() is None  # the worker's state is put away after the error


def test_persistent_workers_restart_their_streams_every_epoch_without_a_new_base_seed():
    class Stream(IterableDataset):
        def __iter__(self):
            return iter([torch.rand(1).item()])

    torch.manual_seed(0)
    loader = DataLoader(Stream(), batch_size=None, num_workers=1, persistent_workers=True)
    first, second = list(loader), list(loader)
    assert len(first) == len(second) == 1 and first != second  # the worker's stream went on
    torch.manual_seed(0)
    again = DataLoader(Stream(), batch_size=None, num_workers=1, persistent_workers=True)
    assert list(again) == first and list(again) == second


def test_a_worker_does_not_move_the_main_processs_random_streams():
    class Draws(Dataset):
        def __len__(self):
            return 3

        def __getitem__(self, i):
            return torch.rand(2)

    torch.manual_seed(7)
    list(DataLoader(Draws(), num_workers=2))
    after_workers = torch.rand(1)
    torch.manual_seed(7)
    torch.empty((), dtype=torch.int64).random_()  # the one base seed a pass draws
    assert torch.equal(torch.rand(1), after_workers)
