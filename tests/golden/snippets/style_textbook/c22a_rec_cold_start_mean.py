import torch
import torch.nn as nn

torch.manual_seed(19)
emb = nn.Embedding(5, 3)
known = torch.tensor([0, 1, 2, 3])
with torch.no_grad():
    emb.weight[4] = emb.weight[known].mean(0)
print(emb.weight[4])
print(torch.allclose(emb.weight[4], emb.weight[:4].mean(0)))
print(emb.weight.requires_grad, emb.weight.grad)
