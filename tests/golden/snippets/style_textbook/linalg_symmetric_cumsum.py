# Transpose, symmetric matrices and cumulative sums along an axis.
import torch

A = torch.arange(6).reshape(3, 2)
print(A.T)
B = torch.tensor([[1, 2, 3], [2, 0, 4], [3, 4, 5]])
print(B == B.T)
A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
print(A.cumsum(axis=0))
print(A.sum(axis=[0, 1]), A.mean(axis=0), A.sum(axis=0).shape)
sum_A = A.sum(axis=1, keepdims=True)
print(sum_A.shape, (A / sum_A)[0])
print(A.sum(axis=1) / A.shape[1])
