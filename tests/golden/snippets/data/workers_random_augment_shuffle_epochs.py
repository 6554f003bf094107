import random
import warnings

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info

warnings.filterwarnings("ignore", message="This DataLoader will create")  # depends on the machine's CPUs


class NoisyPoints(Dataset):
    """Each sample gets noise from torch, numpy and random: in a worker, from the worker's own streams."""

    def __len__(self):
        return 6

    def __getitem__(self, i):
        worker = get_worker_info()
        return torch.tensor([float(i), torch.rand(1).item(), random.random(), float(np.random.rand()),
                             float(worker.id)])


torch.manual_seed(0)
random.seed(1)
np.random.seed(2)
loader = DataLoader(NoisyPoints(), batch_size=2, shuffle=True, num_workers=2)
for epoch in range(2):
    for batch in loader:
        print(epoch, batch)
print(torch.rand(1), random.random(), np.random.rand())  # the main process's streams moved only by the seeds
persistent = DataLoader(NoisyPoints(), batch_size=3, num_workers=2, persistent_workers=True)
for epoch in range(2):
    print(epoch, [batch[:, 1] for batch in persistent])
print(torch.rand(1), iter(persistent) is iter(persistent), get_worker_info())
