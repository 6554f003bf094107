# default_collate on dicts and tuples; SequentialSampler, RandomSampler, BatchSampler
import torch
from torch.utils.data import BatchSampler, RandomSampler, SequentialSampler
from torch.utils.data import default_collate

print(default_collate([0, 1, 2, 3]))
print(default_collate(['a', 'b', 'c']))
print(default_collate([{'A': 0, 'B': 1}, {'A': 100, 'B': 100}]))
print(default_collate([(0, 'a'), (1, 'b')]))
print(default_collate([torch.tensor([1., 2.]), torch.tensor([3., 4.])]))
print(list(SequentialSampler(range(5))))
print(list(BatchSampler(SequentialSampler(range(10)), batch_size=3, drop_last=False)))
print(list(BatchSampler(SequentialSampler(range(10)), batch_size=3, drop_last=True)))
g = torch.Generator().manual_seed(3)
print(list(RandomSampler(range(6), generator=g)))
