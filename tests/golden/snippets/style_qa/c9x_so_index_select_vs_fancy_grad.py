# Q: index_select vs x[idx] vs gather: same values, gradients with repeated indices accumulate.
import torch

x = torch.arange(12.0).view(3, 4).requires_grad_()
idx = torch.tensor([2, 0, 2])
a = x.index_select(0, idx)
b = x[idx]
print(torch.equal(a, b), a.grad_fn.name(), b.grad_fn.name())
(a.sum() + b.sum()).backward()
print(x.grad)
x.grad = None
c = x.gather(1, torch.tensor([[0, 0], [1, 3], [2, 2]]))
print(c, c.grad_fn.name())
c.sum().backward()
print(x.grad)
try:
    x.index_select(0, torch.tensor([0.0, 1.0]))
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
try:
    x.index_select(0, torch.tensor([5]))
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
print(x.take(torch.tensor([0, 5, 11])), x.detach()[:, idx[:2]])
