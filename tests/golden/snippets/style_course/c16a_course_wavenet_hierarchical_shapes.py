# A hierarchical model with nn.Unflatten-free reshapes: (B, 8, C) -> (B, 4, 2C) -> (B, 2, 4C)
import torch
from torch import nn

torch.manual_seed(1677)
B, T, C, H = 4, 8, 2, 6
emb = nn.Embedding(10, C)
l1, l2, l3 = nn.Linear(2 * C, H), nn.Linear(2 * H, H), nn.Linear(2 * H, 10)
x = torch.randint(0, 10, (B, T))
h = emb(x)
print(h.shape)
h = torch.tanh(l1(h.view(B, T // 2, 2 * C)))
print(h.shape)
h = torch.tanh(l2(h.view(B, T // 4, 2 * H)))
print(h.shape)
logits = l3(h.view(B, 2 * H))
print(logits.shape)
loss = nn.functional.cross_entropy(logits, torch.randint(0, 10, (B,)))
loss.backward()
print(loss.item(), emb.weight.grad.abs().sum().item())
