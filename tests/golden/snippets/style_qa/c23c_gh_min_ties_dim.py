# min/amin ties along a dim of a 2-D tensor; and torch.maximum ties.
import torch

x = torch.tensor([[1.0, 1.0, 2.0], [0.0, 5.0, 0.0]], requires_grad=True)
x.amin(dim=1).sum().backward()
print(x.grad)
x.grad = None
x.min(dim=1).values.sum().backward()
print(x.grad)
a = torch.tensor([2.0, 1.0], requires_grad=True)
b = torch.tensor([2.0, 3.0], requires_grad=True)
torch.maximum(a, b).sum().backward()
print(a.grad, b.grad)
