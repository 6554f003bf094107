# Subset, ConcatDataset and a WeightedRandomSampler drawing from an imbalanced dataset
import torch
from torch.utils.data import TensorDataset, Subset, ConcatDataset, DataLoader, WeightedRandomSampler

labels = torch.tensor([0] * 8 + [1] * 2)
ds = TensorDataset(torch.arange(10.0), labels)
first, last = Subset(ds, range(0, 4)), Subset(ds, [9, 8])
both = ConcatDataset([first, last])
print(len(both), both[4], both.cumulative_sizes)
class_counts = torch.bincount(labels)
weights = (1.0 / class_counts.float())[labels]
print(weights)
sampler = WeightedRandomSampler(weights, num_samples=12, replacement=True, generator=torch.Generator().manual_seed(3))
batch_labels = [yb.tolist() for _, yb in DataLoader(ds, batch_size=4, sampler=sampler)]
print(batch_labels)
print(list(sampler))
