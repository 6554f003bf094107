import torch
from torch.utils.data import DataLoader, TensorDataset, WeightedRandomSampler, SubsetRandomSampler

labels = torch.tensor([0, 0, 0, 0, 0, 0, 1, 1])
counts = torch.bincount(labels)
sample_w = (1.0 / counts.float())[labels]
print("per-sample weights:", sample_w)
g = torch.Generator().manual_seed(5)
sampler = WeightedRandomSampler(sample_w, num_samples=12, replacement=True, generator=g)
drawn = torch.tensor(list(sampler))
print("drawn indices:", drawn.tolist())
print("class balance:", torch.bincount(labels[drawn]).tolist())
ds = TensorDataset(torch.arange(8).float(), labels)
split = SubsetRandomSampler([1, 3, 6, 7], generator=torch.Generator().manual_seed(0))
for x, lab in DataLoader(ds, batch_size=3, sampler=split):
    print(x, lab)
