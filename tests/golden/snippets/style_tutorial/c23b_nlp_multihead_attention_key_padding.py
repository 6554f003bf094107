import torch
from torch import nn

torch.manual_seed(16)
mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, batch_first=True)
x = torch.randn(2, 3, 4)
pad = torch.tensor([[False, False, True], [False, False, False]])
out, w = mha(x, x, x, key_padding_mask=pad)
print(out.shape, w.shape)
print(w[0, :, 2])
print(w.sum(-1).round(decimals=4))
out, w = mha(x, x, x, need_weights=True, average_attn_weights=False)
print(w.shape)
print(mha(x, x, x, need_weights=False)[1])
