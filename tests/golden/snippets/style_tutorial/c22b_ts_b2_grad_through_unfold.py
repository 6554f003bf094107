import torch

x = torch.arange(6.0, requires_grad=True)
w = x.unfold(0, 3, 1)
w.sum().backward()
print(x.grad)
print(w.grad_fn.name())
x.grad = None
x.unfold(0, 2, 2).prod(-1).sum().backward()
print(x.grad)
