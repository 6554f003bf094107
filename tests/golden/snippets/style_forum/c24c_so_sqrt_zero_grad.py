# Q: norm of a zero vector gives nan gradients
import torch

v = torch.zeros(3, requires_grad=True)
n = torch.sqrt((v ** 2).sum())
n.backward()
print(n, v.grad)
v.grad = None
torch.linalg.vector_norm(v).backward()
print(v.grad)
v.grad = None
torch.sqrt((v ** 2).sum() + 1e-12).backward()
print(v.grad)
