# Ties: max() spreads the gradient, max(dim) picks one index, amax spreads.
import torch

x = torch.tensor([[2.0, 5.0, 5.0], [1.0, 1.0, 0.0]], requires_grad=True)
x.max().backward()
print(x.grad)
x.grad = None
x.max(dim=1).values.sum().backward()
print(x.grad)
x.grad = None
x.amax(dim=1).sum().backward()
print(x.grad)
x.grad = None
x.min().backward()
print(x.grad)
