import torch
import numpy as np
from torch.utils.data import DataLoader

samples = [{"x": torch.tensor([1.0, 2.0]), "label": 1, "w": 0.5, "name": "a"},
           {"x": torch.tensor([3.0, 4.0]), "label": 0, "w": 1.5, "name": "b"}]
batch = next(iter(DataLoader(samples, batch_size=2)))
print(batch)
print(batch["label"].dtype, batch["w"].dtype)
pairs = [(np.array([1, 2]), 3), (np.array([4, 5]), 6)]
print(next(iter(DataLoader(pairs, batch_size=2))))
print(next(iter(DataLoader([[1, 2], [3, 4], [5, 6]], batch_size=3))))
print(next(iter(DataLoader([True, False], batch_size=2))))
