# Issue: "chunk/split outputs backward": gradients reach the right slices.
import torch

x = torch.arange(6.0, requires_grad=True)
p1, p2, p3 = x.chunk(3)
(p1.sum() + 10 * p3.sum()).backward()
print(x.grad)
x.grad = None
parts = x.split([1, 5])
print([p.shape for p in parts], parts[1].grad_fn.name())
(parts[1] ** 2).sum().backward()
print(x.grad)
x.grad = None
u = x.view(2, 3).unbind(0)
u[1].sum().backward()
print(x.grad, u[0].grad_fn.name())
