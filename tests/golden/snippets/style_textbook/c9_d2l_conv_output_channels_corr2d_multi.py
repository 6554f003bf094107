# Multiple input and output channels: corr2d_multi_in_out by hand, stacked kernels, and nn.Conv2d agreement.
import torch
from torch import nn

def corr2d(X, K):
    h, w = K.shape
    Y = torch.zeros((X.shape[0] - h + 1, X.shape[1] - w + 1))
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i:i + h, j:j + w] * K).sum()
    return Y

def corr2d_multi_in(X, K):
    return sum(corr2d(x, k) for x, k in zip(X, K))

def corr2d_multi_in_out(X, K):
    return torch.stack([corr2d_multi_in(X, k) for k in K], 0)

torch.manual_seed(0)
X = torch.randn(3, 5, 5)
K = torch.randn(2, 3, 2, 2)
Y = corr2d_multi_in_out(X, K)
print(Y.shape)
conv = nn.Conv2d(3, 2, 2, bias=False)
with torch.no_grad():
    conv.weight.copy_(K)
print(torch.allclose(conv(X.unsqueeze(0))[0], Y, atol=1e-5))
print(Y[1])
edge = torch.ones((6, 8))
edge[:, 2:6] = 0
print(corr2d(edge, torch.tensor([[1.0, -1.0]])))
print(corr2d(edge.t(), torch.tensor([[1.0, -1.0]])))
