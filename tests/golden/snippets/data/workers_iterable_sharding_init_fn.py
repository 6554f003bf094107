import math
import warnings

import numpy as np
import torch
from torch.utils.data import DataLoader, IterableDataset, get_worker_info

warnings.filterwarnings("ignore", message="This DataLoader will create")  # depends on the machine's CPUs


class Range(IterableDataset):
    def __init__(self, start, end):
        self.start, self.end = start, end

    def __iter__(self):
        info = get_worker_info()
        if info is None:
            return iter(range(self.start, self.end))
        per_worker = int(math.ceil((self.end - self.start) / info.num_workers))
        lo = self.start + info.id * per_worker
        return iter(range(lo, min(lo + per_worker, self.end)))


class Unsharded(IterableDataset):
    def __iter__(self):
        return iter(range(5))


print(list(DataLoader(Range(3, 10), num_workers=2)))
print(list(DataLoader(Range(3, 10), batch_size=2, num_workers=2)))
print(list(DataLoader(Unsharded(), batch_size=2, num_workers=2)))  # every worker yields everything
print(list(DataLoader(Unsharded(), batch_size=2, num_workers=2, drop_last=True)))


def seed_numpy(worker_id):
    np.random.seed(get_worker_info().seed % 2**32)  # a common recipe: numpy seeded from the worker's seed


class NumpyNoise(torch.utils.data.Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        return np.random.rand()


torch.manual_seed(3)
print([b.tolist() for b in DataLoader(NumpyNoise(), batch_size=2, num_workers=2, worker_init_fn=seed_numpy)])
