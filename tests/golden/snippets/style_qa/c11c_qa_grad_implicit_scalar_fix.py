# Q: "grad can be implicitly created only for scalar outputs" - three ways to fix it.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * torch.tensor([2.0, 4.0, 6.0])
try:
    y.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
y.sum().backward(retain_graph=True)
print(x.grad)
x.grad = None
y.backward(torch.ones(3), retain_graph=True)
print(x.grad)
x.grad = None
y.mean().backward()
print(x.grad)
try:
    torch.autograd.grad(x * 2, x)
except RuntimeError as e:
    print("RuntimeError:", e)
z = torch.tensor([[5.0]], requires_grad=True)
(z * 2).backward()
print(z.grad)
