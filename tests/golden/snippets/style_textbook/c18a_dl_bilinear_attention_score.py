# "General" (bilinear) attention score q^T W k by hand and with nn.Bilinear
import torch
from torch import nn

torch.manual_seed(8)
bil = nn.Bilinear(3, 4, 1, bias=False)
q = torch.randn(5, 3)
k = torch.randn(5, 4)
by_hand = torch.einsum("bi,ij,bj->b", q, bil.weight[0], k)
print(torch.allclose(bil(q, k).squeeze(1), by_hand, atol=1e-6))
print(bil)
print(bil.weight.shape)
scores = q @ bil.weight[0] @ k.T
print(scores.softmax(-1).sum(1))
