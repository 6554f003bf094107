# Q: how gradients flow through max, sort, topk and indexing: only the selected elements get gradient.
import torch

x = torch.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]], requires_grad=True)
x.max().backward()
print(x.grad)
x.grad = None
x.max(dim=1).values.sum().backward()
print(x.grad)
x.grad = None
s, idx = x.sort(dim=1)
(s * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(idx, x.grad)
x.grad = None
x.topk(2, dim=1).values.sum().backward()
print(x.grad)
x.grad = None
y = torch.tensor([2.0, 2.0, 1.0], requires_grad=True)
y.max().backward()
print(y.grad)
y.grad = None
y.amax().backward()
print(y.grad)
print(x.max(dim=1).values.grad_fn, x.amax(1).grad_fn, s.grad_fn)
