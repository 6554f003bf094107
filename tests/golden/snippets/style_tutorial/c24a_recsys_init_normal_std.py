# Small-normal initialisation of factor tables
import torch
import torch.nn as nn

torch.manual_seed(10)
emb = nn.Embedding(1000, 8)
print(round(emb.weight.std().item(), 2), round(emb.weight.mean().item(), 1))
nn.init.normal_(emb.weight, mean=0.0, std=0.01)
print(round(emb.weight.std().item(), 3))
nn.init.xavier_uniform_(emb.weight)
bound = (6 / (1000 + 8)) ** 0.5
print(emb.weight.abs().max().item() <= bound)
r = nn.init.trunc_normal_(torch.empty(2, 3), std=0.02, a=-0.04, b=0.04)
print(r.shape, (r.abs() <= 0.04).all().item())
print(nn.init.uniform_(torch.empty(2, 2), -0.05, 0.05).abs().max() <= 0.05)
