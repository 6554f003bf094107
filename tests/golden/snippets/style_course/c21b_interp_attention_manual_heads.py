# attention weights computed by hand from the projections of a MultiheadAttention module
import math
import torch
import torch.nn as nn

torch.manual_seed(3)
E, H = 8, 2
mha = nn.MultiheadAttention(E, H, batch_first=True)
x = torch.randn(1, 5, E)
Wq, Wk, Wv = mha.in_proj_weight.chunk(3)
bq, bk, bv = mha.in_proj_bias.chunk(3)
q = (x @ Wq.T + bq).view(1, 5, H, E // H).transpose(1, 2)
k = (x @ Wk.T + bk).view(1, 5, H, E // H).transpose(1, 2)
scores = q @ k.transpose(-2, -1) / math.sqrt(E // H)
mine = scores.softmax(-1)
_, theirs = mha(x, x, x, average_attn_weights=False)
print(mine.shape, theirs.shape)
print(torch.allclose(mine, theirs, atol=1e-6))
print(theirs[0, 0].detach().round(decimals=4))
