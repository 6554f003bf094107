# Q: torch.cat of my int ids and float features - what dtype comes out?
import torch

ids = torch.tensor([[1], [2]])
feats = torch.tensor([[0.5], [1.5]])
both = torch.cat([ids, feats], dim=1)
print(both, both.dtype)
print(torch.cat([ids, torch.tensor([[True], [False]])], dim=1))
print(torch.stack([ids.squeeze(1), feats.squeeze(1).half()]).dtype)
print(torch.where(ids > 1, ids, feats))
