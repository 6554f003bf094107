"""``torch.utils.data``: datasets, samplers, ``default_collate`` and the single-process DataLoader."""
from autograd_tui.engine.utils.data.collate import default_collate, default_convert
from autograd_tui.engine.utils.data.dataloader import DataLoader, get_worker_info
from autograd_tui.engine.utils.data.dataset import (ConcatDataset, Dataset, IterableDataset, Subset,
                                                    TensorDataset, random_split)
from autograd_tui.engine.utils.data.sampler import (BatchSampler, RandomSampler, Sampler, SequentialSampler,
                                                    SubsetRandomSampler)

__all__ = ["BatchSampler", "ConcatDataset", "DataLoader", "Dataset", "IterableDataset", "RandomSampler",
           "Sampler", "SequentialSampler", "Subset", "SubsetRandomSampler", "TensorDataset",
           "default_collate", "default_convert", "get_worker_info", "random_split"]


def __getattr__(name: str):
    raise AttributeError(f"module 'torch.utils.data' has no attribute '{name}'")
