# One head of self-attention: key, query, value linears, causal mask, softmax rows sum to one
import torch
import torch.nn as nn
from torch.nn import functional as F

torch.manual_seed(2024)
B, T, C, head_size = 2, 4, 8, 4
x = torch.randn(B, T, C)
proj_k, proj_q, proj_v = (nn.Linear(C, head_size, bias=False) for _ in range(3))
scores = proj_q(x) @ proj_k(x).mT / head_size ** 0.5
tril = torch.tril(torch.ones(T, T))
wei = scores.masked_fill(tril == 0, float("-inf"))
wei = F.softmax(wei, dim=-1)
out = wei @ proj_v(x)
print(wei[1])
print(wei.sum(-1))
print(out.shape, out[1, -1])
