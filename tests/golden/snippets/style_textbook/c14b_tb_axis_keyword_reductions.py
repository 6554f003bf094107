# Linear algebra chapter: reductions along axes with numpy-style axis/keepdims, Hadamard products, norms.
import torch

M = torch.arange(15, dtype=torch.float32).reshape(5, 3)
M2 = M.clone()
print(M * M2)
print(M.sum(axis=0), M.sum(axis=1))
print(M.sum(axis=[0, 1]) == M.sum())
print(M.mean(axis=0), M.sum(axis=0) / M.shape[0])
s = M.sum(axis=1, keepdims=True)
print(s.shape, M / s)
print(M.cumsum(axis=0)[-1], M.cumsum(axis=1)[:, -1])
k = 4
print(k + M[:2], (k * M[:2]).shape)
u = torch.tensor([6.0, -8.0])
print(torch.norm(u), u.abs().sum(), torch.linalg.norm(u, 1))
print(torch.norm(torch.ones((3, 7))))
vec = torch.arange(3, dtype=torch.float32)
print(torch.mv(M, vec), M @ vec, torch.dot(vec, vec))
print(torch.mm(M.T, M))
