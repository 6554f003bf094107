# Self-attention from scratch in 15 lines
import math
import torch

torch.manual_seed(0)
B, T, C = 1, 4, 8
x = torch.randn(B, T, C)
Wq, Wk, Wv = (torch.nn.Linear(C, C, bias=False) for _ in range(3))
q, k, v = Wq(x), Wk(x), Wv(x)
scores = q @ k.transpose(-2, -1) / math.sqrt(C)
mask = torch.tril(torch.ones(T, T)).bool()
scores = scores.masked_fill(~mask, float("-inf"))
weights = scores.softmax(dim=-1)
print(weights.round(decimals=3))
out = weights @ v
print(out.shape)
ref = torch.nn.functional.scaled_dot_product_attention(q, k, v, is_causal=True)
print(torch.allclose(out, ref, atol=1e-6))
