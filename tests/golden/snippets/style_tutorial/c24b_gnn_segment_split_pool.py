# segment pooling by splitting features with per-graph node counts
import torch

x = torch.arange(14, dtype=torch.float32).view(7, 2)
sizes = [3, 1, 3]
parts = torch.split(x, sizes)
print([p.shape for p in parts])
print(torch.stack([p.mean(0) for p in parts]))
print(torch.stack([p.max(0).values for p in parts]))
batch = torch.repeat_interleave(torch.arange(3), torch.tensor(sizes))
print(batch)
ptr = torch.cat([torch.zeros(1, dtype=torch.long), torch.tensor(sizes).cumsum(0)])
print(ptr)
