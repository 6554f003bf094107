import torch
from torch import nn

torch.manual_seed(46)
mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, kdim=3, vdim=5, batch_first=True)
q = torch.randn(2, 3, 4)
k = torch.randn(2, 6, 3)
v = torch.randn(2, 6, 5)
out, w = mha(q, k, v)
print(out.shape, w.shape)
print([n for n, _ in mha.named_parameters()])
try:
    mha(q, k, v, attn_mask=torch.zeros(3, 5, dtype=torch.bool))
except Exception as e:
    print(type(e).__name__, e)
try:
    nn.MultiheadAttention(5, 2)
except Exception as e:
    print(type(e).__name__, e)
