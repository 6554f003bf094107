# Data manipulation chapter: creating, reshaping, elementwise ops, concatenation, slicing, and conversion.
import numpy as np
import torch

x = torch.arange(12, dtype=torch.float32)
print(x, x.numel(), x.shape)
X = x.reshape(3, -1)
print(X)
print(torch.zeros((2, 3, 4)).shape, torch.ones((2, 3)))
print(torch.tensor([[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]]))
a = torch.tensor([1.0, 2, 4, 8])
b = torch.tensor([2, 2, 2, 2])
print(a + b, a - b, a * b, a / b, a ** b)
print(torch.exp(a))
Y = torch.tensor([[2.0, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
print(torch.cat((X, Y), dim=0), torch.cat((X, Y), dim=1))
print(X == Y, X.sum())
print(X[-1], X[1:3])
X[1, 2] = 17
X[:2, :] = 12
print(X)
before = id(Y)
Y = Y + X
print(id(Y) == before)
Z = torch.zeros_like(Y)
z_before = id(Z)
Z[:] = X + Y
print(id(Z) == z_before)
A = X.numpy()
B = torch.from_numpy(A)
print(type(A).__name__, type(B).__name__, A.dtype)
c = torch.tensor([3.5])
print(c, c.item(), float(c), int(c))
print(torch.tensor(np.array([1, 2], dtype=np.int32)).dtype)
