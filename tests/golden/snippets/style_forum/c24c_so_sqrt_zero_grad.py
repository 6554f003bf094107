# Q: norm of a zero vector gives nan gradients
import torch

vec = torch.zeros(3, requires_grad=True)
norm = torch.sqrt((vec ** 2).sum())
norm.backward()
print(norm, vec.grad)
vec.grad = None
torch.linalg.vector_norm(vec).backward()
print(vec.grad)
vec.grad = None
torch.sqrt((vec ** 2).sum() + 1e-12).backward()
print(vec.grad)
