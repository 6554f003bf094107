# Reproducible shuffling: a DataLoader that owns a seeded torch.Generator
import torch
from torch.utils.data import DataLoader, TensorDataset

numbers = TensorDataset(torch.arange(8))
shuffler = torch.Generator().manual_seed(0)
loader = DataLoader(numbers, batch_size=3, shuffle=True, generator=shuffler)
orders = [[b[0].tolist() for b in loader] for _ in range(2)]
print(orders[0])
print(orders[1], orders[0] == orders[1])
shuffler.manual_seed(0)
print([b[0].tolist() for b in loader] == orders[0])
print(len(loader), loader.batch_size, loader.drop_last, type(loader.sampler).__name__)
