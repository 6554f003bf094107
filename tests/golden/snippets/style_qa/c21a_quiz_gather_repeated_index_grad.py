# Quiz: picking the same element twice. What is its gradient?
import torch

x = torch.tensor([10.0, 20.0, 30.0], requires_grad=True)
idx = torch.tensor([0, 2, 2, 2])
x[idx].sum().backward()
print(x.grad)
x.grad = None
x.index_select(0, idx).sum().backward()
print(x.grad)
