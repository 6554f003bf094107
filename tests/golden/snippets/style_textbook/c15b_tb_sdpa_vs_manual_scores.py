# F.scaled_dot_product_attention against the formula written out, with and without a causal mask.
import math
import torch
import torch.nn.functional as F

torch.manual_seed(35)
q, k, v = torch.randn(1, 2, 4, 8), torch.randn(1, 2, 4, 8), torch.randn(1, 2, 4, 8)
manual = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(8), dim=-1) @ v
fused = F.scaled_dot_product_attention(q, k, v)
print(torch.allclose(manual, fused, atol=1e-6))
causal = torch.ones(4, 4, dtype=torch.bool).tril()
scores = (q @ k.transpose(-2, -1) / math.sqrt(8)).masked_fill(~causal, float('-inf'))
manual_c = torch.softmax(scores, dim=-1) @ v
fused_c = F.scaled_dot_product_attention(q, k, v, is_causal=True)
print(torch.allclose(manual_c, fused_c, atol=1e-6), fused_c[0, 0, 0])
