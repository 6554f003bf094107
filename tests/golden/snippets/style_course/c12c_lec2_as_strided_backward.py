# Lecture: gradients through overlapping views (unfold / as_strided) add up.
import torch

x = torch.arange(6.0, requires_grad=True)
win = x.unfold(0, 3, 1)
print(win)
win.sum().backward()
print(x.grad)
x.grad = None
y = x.as_strided((3, 2), (2, 1))
(y * torch.tensor([[1.0, 10.0], [100.0, 1000.0], [1.0, 1.0]])).sum().backward()
print(x.grad)
z = torch.arange(9.0, requires_grad=True).view(3, 3)
d = z.diagonal()
d.sum().backward()
print(z.grad if z.grad is not None else "non-leaf view")
leaf = torch.arange(9.0, requires_grad=True)
leaf.view(3, 3).diagonal(offset=1).pow(2).sum().backward()
print(leaf.grad)
print(y.grad_fn, win.grad_fn)
