# Gradients through clamp, abs, max and where at the kinks: what autograd returns at 0 and at the bounds.
import torch

x = torch.tensor([-2.0, -1.0, 0.0, 0.5, 1.0, 2.0], requires_grad=True)
y = x.clamp(-1, 1)
y.sum().backward()
print(x.grad)
x.grad = None
x.abs().sum().backward()
print(x.grad)
x.grad = None
torch.relu(x).sum().backward()
print(x.grad)
x.grad = None
torch.where(x > 0, x ** 2, -x).sum().backward()
print(x.grad)
x.grad = None
torch.max(x, torch.zeros_like(x)).sum().backward()
print(x.grad)
x.grad = None
x.max().backward()
print(x.grad)
a = torch.tensor([1.0, 1.0], requires_grad=True)
a.max().backward()
print(a.grad)
b = torch.tensor([0.0], requires_grad=True)
torch.sqrt(b).backward()
print(b.grad)
