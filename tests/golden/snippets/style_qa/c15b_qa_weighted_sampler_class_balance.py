# Q: balancing classes with WeightedRandomSampler — how often does each class come out?
import torch
from torch.utils.data import WeightedRandomSampler, DataLoader, TensorDataset

labels = torch.tensor([0] * 8 + [1] * 2)
class_count = torch.bincount(labels)
weights = 1.0 / class_count[labels].float()
print(class_count, weights)
sampler = WeightedRandomSampler(weights, num_samples=20, replacement=True, generator=torch.Generator().manual_seed(3))
drawn = torch.tensor(list(sampler))
print(drawn, torch.bincount(labels[drawn]))
loader = DataLoader(TensorDataset(labels), batch_size=5, sampler=sampler)
print([b[0].tolist() for b in loader])
