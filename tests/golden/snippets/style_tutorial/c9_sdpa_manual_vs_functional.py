# Scaled dot-product attention by hand vs F.scaled_dot_product_attention, with a causal mask.
import math
import torch
import torch.nn.functional as F

torch.manual_seed(0)
B, T, D = 2, 4, 8
q, k, v = torch.randn(B, T, D), torch.randn(B, T, D), torch.randn(B, T, D)
scores = q @ k.transpose(-2, -1) / math.sqrt(D)
causal = torch.tril(torch.ones(T, T, dtype=torch.bool))
print(causal)
scores = scores.masked_fill(~causal, float("-inf"))
weights = scores.softmax(dim=-1)
print(weights[0])
manual = weights @ v
builtin = F.scaled_dot_product_attention(q, k, v, is_causal=True)
print(manual.shape, torch.allclose(manual, builtin, atol=1e-6))
print((manual - builtin).abs().max() < 1e-5)
masked = F.scaled_dot_product_attention(q, k, v, attn_mask=causal)
print(torch.allclose(masked, builtin, atol=1e-6))
bias = torch.zeros(T, T).masked_fill(~causal, -1e9)
print(torch.allclose(F.scaled_dot_product_attention(q, k, v, attn_mask=bias), builtin, atol=1e-6))
print(weights.sum(-1))
print(weights[1, -1])
