import torch
from torch.utils.data import DataLoader, RandomSampler, TensorDataset

ds = TensorDataset(torch.arange(4))
s = RandomSampler(ds, replacement=True, num_samples=10, generator=torch.Generator().manual_seed(8))
dl = DataLoader(ds, batch_size=4, sampler=s)
print(len(s), len(dl))
print([b[0].tolist() for b in dl])
print(s.num_samples, s.replacement)
