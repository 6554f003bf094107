import torch

v = torch.tensor([1., 2.])
w = torch.tensor([3., 4., 5.])
print(torch.outer(v, w))
print(v.unsqueeze(1) @ w.unsqueeze(0))
M = torch.tensor([[1., 2.], [3., 4.]])
print(M @ M.T)
print(M.T @ M)
