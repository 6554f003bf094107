# Cross-correlation by hand with loops and unfold, checked against F.conv2d (course exercise).
import torch
import torch.nn.functional as F

torch.manual_seed(0)
X = torch.arange(1.0, 26.0).reshape(1, 1, 5, 5)
K = torch.tensor([[[[0.0, 1.0], [2.0, 3.0]]]])

def corr2d(X, K):
    h, w = K.shape
    Y = torch.zeros((X.shape[0] - h + 1, X.shape[1] - w + 1))
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i:i + h, j:j + w] * K).sum()
    return Y

Y1 = corr2d(X[0, 0], K[0, 0])
Y2 = F.conv2d(X, K)
print(Y1)
print(torch.equal(Y1, Y2[0, 0]))
cols = F.unfold(X, kernel_size=2)
print(cols.shape)
Y3 = (K.view(1, -1) @ cols).view(1, 1, 4, 4)
print(torch.equal(Y3, Y2))
print(F.conv2d(X, K, stride=2, padding=1))
edge = torch.tensor([[[[1.0, -1.0]]]])
img = torch.ones(1, 1, 4, 6)
img[..., 2:4] = 0
print(F.conv2d(img, edge)[0, 0])
