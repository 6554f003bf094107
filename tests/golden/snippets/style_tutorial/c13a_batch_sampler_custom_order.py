# Samplers by hand: SequentialSampler, RandomSampler with a generator, BatchSampler, and a custom Sampler
# that yields indices sorted by sequence length (bucketing).
import torch
from torch.utils.data import BatchSampler, DataLoader, RandomSampler, Sampler, SequentialSampler, TensorDataset

lengths = torch.tensor([5, 2, 8, 3, 7, 1, 4, 6])
ds = TensorDataset(torch.arange(8), lengths)
print(list(SequentialSampler(ds)))
print(list(RandomSampler(ds, generator=torch.Generator().manual_seed(0))))
print(list(BatchSampler(SequentialSampler(ds), batch_size=3, drop_last=False)))
print(list(BatchSampler(SequentialSampler(ds), batch_size=3, drop_last=True)))


class SortedByLength(Sampler):
    def __init__(self, lengths):
        self.order = torch.argsort(lengths, descending=True).tolist()

    def __iter__(self):
        return iter(self.order)

    def __len__(self):
        return len(self.order)


loader = DataLoader(ds, batch_size=3, sampler=SortedByLength(lengths))
for idx, ln in loader:
    print(idx.tolist(), ln.tolist())
loader2 = DataLoader(ds, batch_sampler=BatchSampler(SortedByLength(lengths), 4, False))
print([b[1].tolist() for b in loader2])
print(len(loader), len(loader2))
