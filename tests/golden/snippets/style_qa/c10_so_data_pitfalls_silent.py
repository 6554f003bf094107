# Q: I changed .data inside forward and the gradient is silently wrong; detach() would have told me.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x.exp()
y.data.mul_(0)
y.sum().backward()
print(y, x.grad)
x.grad = None
y = x.exp()
y.detach().zero_()
try:
    y.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
x.grad = None
w = torch.nn.Parameter(torch.ones(3))
loss = (w * x).sum()
w.data = torch.full((3,), 5.0)
loss.backward()
print(w.grad, x.grad)
p = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
p.data = p.data.double()
print(p.dtype, p.requires_grad, type(p).__name__)
q = torch.zeros(2, requires_grad=True)
print(q.data.requires_grad, q.detach().requires_grad, q.data.is_leaf)
print(q.data._version, q._version)
q.data.add_(1)
print(q, q._version)
