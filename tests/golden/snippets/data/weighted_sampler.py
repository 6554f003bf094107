import torch
from torch.utils.data import DataLoader, TensorDataset, WeightedRandomSampler

torch.manual_seed(0)
labels = torch.tensor([0, 0, 0, 0, 0, 0, 1, 1])
class_weight = torch.tensor([1 / 6, 1 / 2])
weights = class_weight[labels]
sampler = WeightedRandomSampler(weights, num_samples=8, replacement=True)
print(list(sampler))
loader = DataLoader(TensorDataset(torch.arange(8), labels), batch_size=4, sampler=sampler)
for idx, y in loader:
    print(idx, y)
print(list(WeightedRandomSampler([0.1, 0.9, 0.4], 2, replacement=False)))
try:
    WeightedRandomSampler([[0.5, 0.5]], 2)
except ValueError as e:
    print(type(e).__name__, e)
