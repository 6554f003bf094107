# Scalars, vectors and their length, shape and indexing.
import torch

x = torch.tensor(3.0)
y = torch.tensor(2.0)
print(x + y, x * y, x / y, x**y)
x = torch.arange(4)
print(x, x[3], len(x), x.shape)
A = torch.arange(6).reshape(3, 2)
print(A, A.T)
B = torch.tensor([[1, 2, 3], [2, 0, 4], [3, 4, 5]])
print(B == B.T)
