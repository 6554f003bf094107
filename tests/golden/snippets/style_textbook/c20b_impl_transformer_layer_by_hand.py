# a post-norm transformer encoder layer by hand vs nn.TransformerEncoderLayer (eval mode)
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(104)
layer = nn.TransformerEncoderLayer(d_model=4, nhead=2, dim_feedforward=8, dropout=0.0, batch_first=True)
layer.eval()
x = torch.randn(1, 3, 4)
attn, _ = layer.self_attn(x, x, x, need_weights=False)
h = layer.norm1(x + attn)
ff = layer.linear2(F.relu(layer.linear1(h)))
mine = layer.norm2(h + ff)
with torch.no_grad():
    ref = layer(x)
print(torch.allclose(mine, ref, atol=1e-5))
print(ref)
