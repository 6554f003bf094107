import torch
import torch.nn as nn

torch.manual_seed(1)
n_u, n_i, k = 3, 4, 2
P = nn.Embedding(n_u, k)
Q = nn.Embedding(n_i, k)
bu = nn.Embedding(n_u, 1)
bi = nn.Embedding(n_i, 1)
nn.init.zeros_(bu.weight)
nn.init.zeros_(bi.weight)
mu = 3.5
u = torch.tensor([0, 2])
i = torch.tensor([1, 3])
pred = mu + bu(u).squeeze(-1) + bi(i).squeeze(-1) + (P(u) * Q(i)).sum(-1)
print(pred)
loss = ((pred - torch.tensor([4.0, 2.0])) ** 2).mean()
loss.backward()
print(bu.weight.grad)
print(bi.weight.grad.t())
