# Scaled dot-product attention by hand: bmm, scaling by sqrt(d), a causal mask, softmax and the weighted sum.
import math
import torch
import torch.nn.functional as F

torch.manual_seed(1337)
B, T, C = 2, 4, 8
x = torch.randn(B, T, C)
head_size = 4
key = torch.nn.Linear(C, head_size, bias=False)
query = torch.nn.Linear(C, head_size, bias=False)
value = torch.nn.Linear(C, head_size, bias=False)
k, q, v = key(x), query(x), value(x)
wei = q @ k.transpose(-2, -1) * head_size ** -0.5
print(wei.shape)
tril = torch.tril(torch.ones(T, T))
wei = wei.masked_fill(tril == 0, float('-inf'))
wei = F.softmax(wei, dim=-1)
print(wei[0].round(decimals=3))
out = wei @ v
print(out.shape, torch.allclose(wei.sum(-1), torch.ones(B, T)))
print(torch.bmm(q, k.transpose(1, 2)).shape, math.isclose(head_size ** -0.5, 0.5))
