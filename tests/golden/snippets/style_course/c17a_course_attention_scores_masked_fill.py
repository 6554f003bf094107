# Causal self-attention weights: tril mask, masked_fill with -inf, softmax, weighted sum
import torch
import torch.nn.functional as F

torch.manual_seed(1337)
B, T, C = 2, 4, 8
x = torch.randn(B, T, C)
key, query, value = (torch.nn.Linear(C, 4, bias=False) for _ in range(3))
k, q = key(x), query(x)
wei = q @ k.transpose(-2, -1) * 4 ** -0.5
tril = torch.tril(torch.ones(T, T))
wei = wei.masked_fill(tril == 0, float("-inf"))
wei = F.softmax(wei, dim=-1)
out = wei @ value(x)
print(wei[0].round(decimals=4))
print(out.shape, wei.sum(-1))
print(torch.allclose(out, F.scaled_dot_product_attention(q, k, value(x), is_causal=True), atol=1e-6))
