import torch
from torch.utils.data import DataLoader, TensorDataset, WeightedRandomSampler

y = torch.tensor([0, 0, 0, 0, 1, 1])
counts = torch.bincount(y)
weights = (1.0 / counts.float())[y]
print(counts, weights)
g = torch.Generator().manual_seed(5)
sampler = WeightedRandomSampler(weights, num_samples=8, replacement=True, generator=g)
print(list(sampler))
dl = DataLoader(TensorDataset(y), batch_size=4, sampler=sampler)
print(len(dl))
try:
    DataLoader(TensorDataset(y), sampler=sampler, shuffle=True)
except Exception as e:
    print(type(e).__name__, e)
