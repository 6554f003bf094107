# causal attention: masked_fill with -inf vs is_causal=True
import torch
import torch.nn.functional as F

torch.manual_seed(3)
T, d = 4, 2
q, k, v = torch.randn(3, 1, T, d).unbind(0)
mask = torch.tril(torch.ones(T, T, dtype=torch.bool))
s = (q @ k.mT) * d ** -0.5
s = s.masked_fill(~mask, float("-inf"))
w = F.softmax(s, dim=-1)
print(w[0])
mine = w @ v
ref = F.scaled_dot_product_attention(q, k, v, is_causal=True)
print(torch.allclose(mine, ref, atol=1e-6))
