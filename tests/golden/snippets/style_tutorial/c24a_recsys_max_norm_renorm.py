# max_norm renormalises looked-up rows in place
import torch
import torch.nn as nn

emb = nn.Embedding(3, 2, max_norm=1.0)
with torch.no_grad():
    emb.weight.copy_(torch.tensor([[3.0, 4.0], [0.3, 0.4], [6.0, 8.0]]))
out = emb(torch.tensor([0, 1]))
print(out)
print(emb.weight)
print(emb)
print(emb.weight.norm(dim=1))
emb2 = nn.Embedding(3, 2, max_norm=2.0, norm_type=1.0)
print(emb2)
