# Indexing with repeated indices accumulates gradient at those positions.
import torch

x = torch.tensor([10.0, 20.0, 30.0, 40.0], requires_grad=True)
picked = x[[0, 2, 2, 3, 3, 3]]
picked.sum().backward()
print(x.grad)
x.grad = None
x[1:3].pow(2).sum().backward()
print(x.grad)
x.grad = None
x.index_select(0, torch.tensor([3, 3])).sum().backward()
print(x.grad)
