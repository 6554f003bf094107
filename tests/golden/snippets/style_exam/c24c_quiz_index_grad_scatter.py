# Quiz 26: repeated index in advanced indexing accumulates
import torch

x = torch.zeros(4, requires_grad=True)
idx = torch.tensor([0, 2, 2, 3, 0, 0])
x[idx].sum().backward()
print(x.grad)
y = torch.zeros(4, requires_grad=True)
y[1:3].sum().backward()
print(y.grad)
