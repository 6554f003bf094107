# Quiz F2: gradients of norms called with keywords
import torch

x = torch.tensor([[3.0, 4.0], [0.0, 1.0]], requires_grad=True)
torch.linalg.norm(x, dim=1).sum().backward()
print(x.grad)
x.grad = None
torch.linalg.vector_norm(x, ord=1, dim=(0, 1)).backward()
print(x.grad)
x.grad = None
torch.linalg.matrix_norm(x, ord="fro").backward()
print(x.grad)
x.grad = None
torch.norm(x, p=float("inf"), dim=0).sum().backward()
print(x.grad)
