# Q: "grad can be implicitly created only for scalar outputs" - three ways to fix it and what each computes.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2 + 3 * x
try:
    y.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
y.sum().backward(retain_graph=True)
print(x.grad)
x.grad = None
y.backward(torch.ones_like(y), retain_graph=True)
print(x.grad)
x.grad = None
y.backward(gradient=torch.tensor([1.0, 0.0, 0.5]), retain_graph=True)
print(x.grad)
(g,) = torch.autograd.grad(y.mean(), x)
print(g)
m = torch.zeros(2, 2, requires_grad=True)
out = m + 1
try:
    torch.autograd.grad(out, m)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    out.backward(torch.ones(3))
except RuntimeError as e:
    print("RuntimeError:", e)
z = (x * 2).sum(dim=0, keepdim=True)
print(z.shape)
z.backward()
print(x.grad)
