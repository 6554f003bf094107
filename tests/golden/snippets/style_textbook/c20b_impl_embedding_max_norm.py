# Embedding(max_norm=1) renormalises the looked-up rows in place
import torch
import torch.nn as nn

torch.manual_seed(134)
emb = nn.Embedding(4, 3, max_norm=1.0)
with torch.no_grad():
    emb.weight.mul_(3)
before = emb.weight.norm(dim=1).clone()
out = emb(torch.tensor([0, 2]))
after = emb.weight.norm(dim=1)
print(before)
print(after)
print(out.norm(dim=1))
