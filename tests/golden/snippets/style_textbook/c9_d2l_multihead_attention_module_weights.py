# nn.MultiheadAttention: batch_first shapes, key padding masks, averaged vs per-head weights.
import torch
from torch import nn

torch.manual_seed(0)
num_hiddens, num_heads = 8, 2
attn = nn.MultiheadAttention(num_hiddens, num_heads, batch_first=True)
print(attn)
print(attn.in_proj_weight.shape, attn.out_proj.weight.shape, attn.head_dim)
batch_size, num_queries, num_kvpairs = 2, 4, 6
X = torch.randn(batch_size, num_queries, num_hiddens)
Y = torch.randn(batch_size, num_kvpairs, num_hiddens)
out, w = attn(X, Y, Y)
print(out.shape, w.shape)
print(w.sum(-1))
pad = torch.tensor([[False] * 4 + [True] * 2, [False] * 6])
out, w = attn(X, Y, Y, key_padding_mask=pad)
print(w[0, 0])
out, w = attn(X, Y, Y, average_attn_weights=False)
print(w.shape)
out, w = attn(X, X, X, need_weights=False)
print(out.shape, w)
kdim = nn.MultiheadAttention(8, 4, kdim=3, vdim=5, batch_first=True)
print(kdim.q_proj_weight.shape, kdim.k_proj_weight.shape, kdim.v_proj_weight.shape)
print(kdim(X, torch.randn(2, 6, 3), torch.randn(2, 6, 5))[0].shape)
try:
    nn.MultiheadAttention(10, 3)
except AssertionError as e:
    print("AssertionError:", e)
