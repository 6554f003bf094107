# An imbalanced dataset: class counts, WeightedRandomSampler with a generator, the batches it draws.
import torch
from torch.utils.data import DataLoader, TensorDataset, WeightedRandomSampler

labels = torch.tensor([0] * 12 + [1] * 3 + [2] * 1)
features = torch.arange(len(labels), dtype=torch.float32).unsqueeze(1)
class_count = torch.bincount(labels)
print(class_count)
class_weights = 1.0 / class_count.float()
print(class_weights)
sample_weights = class_weights[labels]
print(sample_weights[:4], sample_weights.sum())
sampler = WeightedRandomSampler(sample_weights, num_samples=16, replacement=True,
                                generator=torch.Generator().manual_seed(0))
print(list(sampler))
loader = DataLoader(TensorDataset(features, labels), batch_size=8, sampler=sampler)
for xb, yb in loader:
    print(yb.tolist(), torch.bincount(yb, minlength=3).tolist())
print(len(sampler))
