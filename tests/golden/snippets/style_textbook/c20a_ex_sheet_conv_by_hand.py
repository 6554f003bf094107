# Exercise: 2D cross-correlation with loops vs F.conv2d
import torch
import torch.nn.functional as F

def corr2d(X, K):
    h, w = K.shape
    Y = torch.zeros(X.shape[0] - h + 1, X.shape[1] - w + 1)
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i:i + h, j:j + w] * K).sum()
    return Y

X = torch.arange(16.).reshape(4, 4)
K = torch.tensor([[1.0, -1.0], [0.5, 0.0]])
print(corr2d(X, K))
print(F.conv2d(X.view(1, 1, 4, 4), K.view(1, 1, 2, 2)).squeeze())
