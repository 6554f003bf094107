# Q: "Sizes of tensors must match except in dimension 1" when concatenating features
import torch

feats = [torch.ones(4, 2), torch.ones(4, 3), torch.ones(5, 1)]
try:
    torch.cat(feats, dim=1)
except RuntimeError as e:
    print(e)
try:
    torch.stack(feats[:2])
except RuntimeError as e:
    print(e)
try:
    torch.cat([])
except RuntimeError as e:
    print(e)
print(torch.cat(feats[:2], dim=-1).shape)
