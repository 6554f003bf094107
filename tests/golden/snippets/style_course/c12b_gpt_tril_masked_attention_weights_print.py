# nanoGPT "mathematical trick": the three versions of a causal average and a single head's weights.
import torch
import torch.nn as nn
from torch.nn import functional as F

torch.manual_seed(1337)
B, T, C = 2, 4, 8
x = torch.randn(B, T, C)
xbow = torch.zeros((B, T, C))
for b in range(B):
    for t in range(T):
        xprev = x[b, :t + 1]
        xbow[b, t] = torch.mean(xprev, 0)
wei = torch.tril(torch.ones(T, T))
wei = wei / wei.sum(1, keepdim=True)
xbow2 = wei @ x
tril = torch.tril(torch.ones(T, T))
wei3 = torch.zeros((T, T)).masked_fill(tril == 0, float('-inf'))
print(wei3)
wei3 = F.softmax(wei3, dim=-1)
xbow3 = wei3 @ x
print(torch.allclose(xbow, xbow2), torch.allclose(xbow, xbow3))
print(wei3)
head_size = 4
key = nn.Linear(C, head_size, bias=False)
query = nn.Linear(C, head_size, bias=False)
value = nn.Linear(C, head_size, bias=False)
k, q = key(x), query(x)
w = q @ k.transpose(-2, -1) * head_size ** -0.5
w = w.masked_fill(tril == 0, float('-inf'))
w = F.softmax(w, dim=-1)
print(w[0])
out = w @ value(x)
print(out.shape)
print('var k q w', k.var().item() > 0, q.var().item() > 0, w.sum(-1))
