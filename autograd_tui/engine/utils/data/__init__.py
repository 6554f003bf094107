"""``torch.utils.data``: datasets, samplers, ``default_collate`` and the single-process DataLoader."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.utils.data.collate import default_collate, default_convert
from autograd_tui.engine.utils.data.dataloader import DataLoader, get_worker_info
from autograd_tui.engine.utils.data.dataset import (ChainDataset, ConcatDataset, Dataset, IterableDataset,
                                                    StackDataset, Subset, TensorDataset, random_split)
from autograd_tui.engine.utils.data.sampler import (BatchSampler, RandomSampler, Sampler, SequentialSampler,
                                                    SubsetRandomSampler, WeightedRandomSampler)

__all__ = ["BatchSampler", "ChainDataset", "ConcatDataset", "DataLoader", "Dataset", "IterableDataset", "RandomSampler",
           "Sampler", "SequentialSampler", "StackDataset", "Subset", "SubsetRandomSampler", "TensorDataset",
           "WeightedRandomSampler", "default_collate", "default_convert", "get_worker_info", "random_split"]


def __getattr__(name: str):
    raise _missing.no_attribute("torch.utils.data", name)


_missing.hide_submodules(__name__, "torch.utils.data", ("dataloader", "dataset", "sampler"))
