import torch
from torch.utils.data import RandomSampler, SequentialSampler, BatchSampler, SubsetRandomSampler

torch.manual_seed(0)
print(list(SequentialSampler(range(4))))
print(list(RandomSampler(range(6))))
print(list(RandomSampler(range(5), replacement=True, num_samples=7)))
print(list(BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=False)))
print(list(BatchSampler(range(7), 3, True)))
print(list(SubsetRandomSampler([10, 20, 30])))
print(torch.rand(1))
try:
    RandomSampler(range(3), num_samples=0)
except ValueError as e:
    print(type(e).__name__, e)
