# Q: my gradient is twice what I computed by hand. A: backward() was called twice (retain_graph) and grads add up.
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
y.backward(retain_graph=True)
print(x.grad)
y.backward(retain_graph=True)
print(x.grad)
x.grad.zero_()
y.backward()
print(x.grad)
try:
    y.backward()
except RuntimeError as e:
    print(str(e)[:80])
x.grad = None
z = x * x
w = z + z
w.backward()
print(x.grad)
x.grad = None
g1, = torch.autograd.grad(x ** 2, x)
print(g1, x.grad)
a = torch.ones(3, requires_grad=True)
for _ in range(4):
    (a * torch.arange(3.0)).sum().backward()
print(a.grad)
