# Attention from scratch: scaled dot-product with a causal mask, compared with F.scaled_dot_product_attention.
import math
import torch
import torch.nn.functional as F

torch.manual_seed(4)
B, T, d = 2, 4, 8
q = torch.randn(B, T, d)
k = torch.randn(B, T, d)
v = torch.randn(B, T, d)

scores = q @ k.transpose(-2, -1) / math.sqrt(d)
mask = torch.tril(torch.ones(T, T, dtype=torch.bool))
scores = scores.masked_fill(~mask, float("-inf"))
weights = torch.softmax(scores, dim=-1)
out = weights @ v
print(mask)
print(weights[0])
print(weights.sum(-1))
ref = F.scaled_dot_product_attention(q, k, v, is_causal=True)
print(out.shape, torch.allclose(out, ref, atol=1e-6))
ref2 = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
print(torch.allclose(ref, ref2, atol=1e-6))
print(out[1, 0])
print(v[1, 0])
