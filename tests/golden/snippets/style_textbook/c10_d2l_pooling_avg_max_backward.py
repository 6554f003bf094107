# Max and average pooling: forward values, where the gradients go, padding/stride, and pool2d by hand.
import torch
from torch import nn

X = torch.tensor([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]).reshape(1, 1, 3, 3)
X.requires_grad_(True)
mp = nn.MaxPool2d(2, stride=1)
y = mp(X)
print(y)
y.sum().backward()
print(X.grad)
X.grad = None
ap = nn.AvgPool2d(2, stride=1)
ap(X).sum().backward()
print(X.grad)

def pool2d(X, pool_size, mode="max"):
    p_h, p_w = pool_size
    Y = torch.zeros((X.shape[0] - p_h + 1, X.shape[1] - p_w + 1))
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            if mode == "max":
                Y[i, j] = X[i: i + p_h, j: j + p_w].max()
            elif mode == "avg":
                Y[i, j] = X[i: i + p_h, j: j + p_w].mean()
    return Y

print(pool2d(X.detach()[0, 0], (2, 2)), pool2d(X.detach()[0, 0], (2, 2), "avg"))
Z = torch.arange(16, dtype=torch.float32).reshape((1, 1, 4, 4))
print(nn.MaxPool2d(3)(Z))
print(nn.MaxPool2d(3, padding=1, stride=2)(Z))
print(nn.AvgPool2d((2, 3), stride=(2, 3), padding=(0, 1))(Z))
print(nn.AvgPool2d(3, padding=1, stride=2, count_include_pad=False)(Z))
Zc = torch.cat((Z, Z + 1), 1)
print(nn.MaxPool2d(3, padding=1, stride=2)(Zc).shape)
t = torch.tensor([[[1.0, 3.0, 3.0, 2.0]]], requires_grad=True)
nn.functional.max_pool1d(t, 2, stride=1).sum().backward()
print(t.grad)
