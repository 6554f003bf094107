import torch
from torch import nn

torch.manual_seed(81)
mha = nn.MultiheadAttention(4, 2, batch_first=True)
x = torch.randn(2, 3, 4)
m3 = torch.zeros(2 * 2, 3, 3, dtype=torch.bool)
m3[:, :, 2] = True
out, w = mha(x, x, x, attn_mask=m3)
print(out.shape, w[:, :, 2].abs().max().item())
try:
    mha(x, x, x, attn_mask=torch.zeros(3, 3, 3, dtype=torch.bool))
except Exception as e:
    print(type(e).__name__, e)
try:
    mha(x, x, x, attn_mask=torch.zeros(3, 3, dtype=torch.long))
except Exception as e:
    print(type(e).__name__, str(e)[:100])
