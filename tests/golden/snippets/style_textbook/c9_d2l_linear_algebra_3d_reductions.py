# Linear algebra chapter: 3-D tensors, reductions over several axes, non-reduction sums, norms.
import torch

X = torch.arange(24, dtype=torch.float32).reshape(2, 3, 4)
print(X.shape, X.sum(axis=0).shape, X.sum(axis=[0, 1]), X.sum(axis=(1, 2)))
A = torch.arange(6, dtype=torch.float32).reshape(2, 3)
B = A.clone()
print(A, A + B, A * B)
a = 2
print(a + X[0], (a * X).shape)
print(A.mean(), A.sum() / A.numel(), A.mean(axis=0), A.sum(axis=0) / A.shape[0])
sum_A = A.sum(axis=1, keepdims=True)
print(sum_A, A / sum_A)
print(A.cumsum(axis=0))
x = torch.arange(3, dtype=torch.float32)
y = torch.ones(3, dtype=torch.float32)
print(x, y, torch.dot(x, y), torch.sum(x * y))
print(A.shape, x.shape, torch.mv(A, x), A @ x)
Bm = torch.ones(3, 4)
print(torch.mm(A, Bm), A @ Bm)
u = torch.tensor([3.0, -4.0])
print(torch.norm(u), torch.abs(u).sum(), torch.norm(torch.ones((4, 9))))
print(X.sum(axis=-1).shape, X.sum(axis=[0, 2]))
