# Report the k most important features by absolute attribution
import torch

attr = torch.tensor([0.02, -0.40, 0.15, 0.40, -0.05, 0.33])
vals, idx = attr.abs().topk(3)
print(vals, idx)
print(attr[idx])
ranked = attr.abs().argsort(descending=True, stable=True)
print(ranked)
mask = torch.zeros_like(attr, dtype=torch.bool)
mask[idx] = True
print(mask, attr.masked_fill(~mask, 0))
