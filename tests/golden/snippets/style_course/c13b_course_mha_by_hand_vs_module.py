# Multi-head attention by hand using the weights of nn.MultiheadAttention, outputs compared.
import torch
import torch.nn as nn

torch.manual_seed(9)
E, heads, T, B = 6, 2, 3, 2
mha = nn.MultiheadAttention(E, heads, batch_first=True)
x = torch.randn(B, T, E)
ref, ref_w = mha(x, x, x)

Wq, Wk, Wv = mha.in_proj_weight.chunk(3)
bq, bk, bv = mha.in_proj_bias.chunk(3)
q = (x @ Wq.T + bq).view(B, T, heads, E // heads).transpose(1, 2)
k = (x @ Wk.T + bk).view(B, T, heads, E // heads).transpose(1, 2)
v = (x @ Wv.T + bv).view(B, T, heads, E // heads).transpose(1, 2)
att = (q @ k.transpose(-1, -2) / (E // heads) ** 0.5).softmax(-1)
y = (att @ v).transpose(1, 2).reshape(B, T, E)
y = mha.out_proj(y)
print(ref.shape, ref_w.shape)
print(torch.allclose(y, ref, atol=1e-6))
print(torch.allclose(att.mean(1), ref_w, atol=1e-6))
print(mha.in_proj_weight.shape, mha.out_proj.weight.shape)
_, per_head = mha(x, x, x, average_attn_weights=False)
print(per_head.shape)
print(ref_w[0])
