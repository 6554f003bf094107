# scaled dot-product attention by hand vs F.scaled_dot_product_attention
import math
import torch
import torch.nn.functional as F

torch.manual_seed(2)
q = torch.randn(2, 3, 4)
k = torch.randn(2, 5, 4)
v = torch.randn(2, 5, 4)
scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
attn = scores.softmax(dim=-1)
mine = attn @ v
ref = F.scaled_dot_product_attention(q, k, v)
print(attn.sum(-1))
print(mine[0])
print(torch.allclose(mine, ref, atol=1e-6))
