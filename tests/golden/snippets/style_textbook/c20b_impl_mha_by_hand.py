# multi-head attention by hand using nn.MultiheadAttention's weights
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(84)
E, H = 4, 2
mha = nn.MultiheadAttention(E, H, batch_first=True)
x = torch.randn(1, 3, E)
ref, w_ref = mha(x, x, x)
qkv = F.linear(x, mha.in_proj_weight, mha.in_proj_bias)
q, k, v = qkv.chunk(3, dim=-1)
split = lambda t: t.view(1, 3, H, E // H).transpose(1, 2)
att = (split(q) @ split(k).transpose(-2, -1) / (E // H) ** 0.5).softmax(-1)
out = (att @ split(v)).transpose(1, 2).reshape(1, 3, E)
out = mha.out_proj(out)
print(torch.allclose(out, ref, atol=1e-6))
print(torch.allclose(att.mean(1), w_ref, atol=1e-6))
print(w_ref)
