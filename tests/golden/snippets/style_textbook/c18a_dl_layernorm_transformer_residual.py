# Add & Norm: residual connection followed by LayerNorm (post-norm) and pre-norm variant
import torch
from torch import nn

torch.manual_seed(22)
ln = nn.LayerNorm(4)
drop = nn.Dropout(0.0)
X = torch.randn(2, 3, 4)
Y = torch.randn(2, 3, 4)
post = ln(drop(Y) + X)
print(post.mean(-1))
print(post.std(-1, unbiased=False))
ffn = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 4))
pre = X + ffn(ln(X))
print(pre.shape, pre[0, 0])
