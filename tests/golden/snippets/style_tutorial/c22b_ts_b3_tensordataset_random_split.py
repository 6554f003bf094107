import torch
from torch.utils.data import TensorDataset, random_split, DataLoader, Subset, ConcatDataset

windows = torch.arange(24.0).view(12, 2)
labels = torch.arange(12) % 3
full = TensorDataset(windows, labels)
fit, hold = random_split(full, [9, 3], generator=torch.Generator().manual_seed(5))
print(len(fit), len(hold), sorted(hold.indices))
early = Subset(full, list(range(0, 5)))
late = Subset(full, list(range(9, 12)))
both = ConcatDataset([early, late])
print(len(both), both[5][1].item(), both.cumulative_sizes)
print([lb.tolist() for _, lb in DataLoader(both, batch_size=3, drop_last=True)])
