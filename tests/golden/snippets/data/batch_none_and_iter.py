import torch
import numpy as np
from torch.utils.data import DataLoader, TensorDataset

loader = DataLoader([np.array([1.0, 2.0]), np.array([3.0, 4.0])], batch_size=None)
for item in loader:
    print(item)
torch.manual_seed(5)
dl = DataLoader(TensorDataset(torch.arange(6)), batch_size=2, shuffle=True)
it = iter(dl)
print(next(it))
print(torch.randint(0, 100, (3,)))
print(next(it), len(it))
print(type(dl).__module__, type(dl).__name__)
