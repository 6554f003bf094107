# Data tutorial: balancing classes with a seeded WeightedRandomSampler
import torch
from torch.utils.data import DataLoader, TensorDataset, WeightedRandomSampler

labels = torch.tensor([0, 0, 0, 0, 0, 0, 1, 1, 2, 0])
features = torch.arange(10.0).unsqueeze(1)
class_counts = torch.bincount(labels)
print(class_counts)
weights = 1.0 / class_counts.float()
sample_weights = weights[labels]
print(sample_weights)
g = torch.Generator().manual_seed(123)
sampler = WeightedRandomSampler(sample_weights, num_samples=12, replacement=True, generator=g)
loader = DataLoader(TensorDataset(features, labels), batch_size=4, sampler=sampler)
seen = []
for xb, yb in loader:
    print(xb.squeeze(1).tolist(), yb)
    seen.append(yb)
print(torch.bincount(torch.cat(seen), minlength=3))
print(len(sampler), list(sampler)[:5])
