# Attention: scaled_dot_product_attention with a causal mask vs writing it out
import math
import torch
import torch.nn.functional as F

torch.manual_seed(21)
q = torch.randn(1, 2, 4, 3)
k = torch.randn(1, 2, 4, 3)
v = torch.randn(1, 2, 4, 3)
out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
mask = torch.ones(4, 4, dtype=torch.bool).tril()
scores = scores.masked_fill(~mask, float("-inf"))
manual = scores.softmax(-1) @ v
print(out.shape, torch.allclose(out, manual, atol=1e-6))
print(out[0, 1])
print((out - manual).abs().max() < 1e-6)
out2 = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
print(torch.allclose(out, out2))
