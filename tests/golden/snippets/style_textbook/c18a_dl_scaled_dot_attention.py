# Scaled dot-product attention by hand versus F.scaled_dot_product_attention
import math
import torch
import torch.nn.functional as F

torch.manual_seed(1)
Q = torch.randn(2, 3, 4)
K = torch.randn(2, 5, 4)
V = torch.randn(2, 5, 6)
scores = Q @ K.transpose(1, 2) / math.sqrt(Q.shape[-1])
weights = torch.softmax(scores, dim=-1)
mine = weights @ V
ref = F.scaled_dot_product_attention(Q, K, V)
print(mine.shape, torch.allclose(mine, ref, atol=1e-6))
print(weights[0].sum(-1))
mask = torch.tensor([True, True, True, False, False])
ref_m = F.scaled_dot_product_attention(Q, K, V, attn_mask=mask)
mine_m = torch.softmax(scores.masked_fill(~mask, float("-inf")), -1) @ V
print(torch.allclose(mine_m, ref_m, atol=1e-6))
