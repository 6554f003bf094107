# Causal (decoder) self-attention by hand versus scaled_dot_product_attention(is_causal=True)
import torch
import torch.nn.functional as F

torch.manual_seed(7)
q = torch.randn(1, 2, 4, 8)
k = torch.randn(1, 2, 4, 8)
v = torch.randn(1, 2, 4, 8)
T = q.shape[-2]
causal = torch.ones(T, T, dtype=torch.bool).tril()
scores = q @ k.transpose(-2, -1) * q.shape[-1] ** -0.5
weights = scores.masked_fill(~causal, float("-inf")).softmax(-1)
print(weights[0, 0])
mine = weights @ v
ref = F.scaled_dot_product_attention(q, k, v, is_causal=True)
print(torch.allclose(mine, ref, atol=1e-6))
print(F.scaled_dot_product_attention(q, k, v, scale=0.5).shape)
