# Q: gradient of a norm / sqrt of a sum of squares at zero -- nan or zero? and the eps trick.
import torch

x = torch.zeros(3, requires_grad=True)
x.norm().backward()
print("norm:", x.grad)
x.grad = None
torch.linalg.vector_norm(x).backward()
print("vector_norm:", x.grad)
x.grad = None
(x ** 2).sum().sqrt().backward()
print("sqrt(sum sq):", x.grad)
x.grad = None
((x ** 2).sum() + 1e-8).sqrt().backward()
print("with eps:", x.grad)
y = torch.tensor([3.0, 4.0], requires_grad=True)
y.norm().backward()
print(y.grad)
z = torch.tensor([0.0, 2.0], requires_grad=True)
z.abs().sum().backward()
print("abs:", z.grad)
z.grad = None
torch.sqrt(z).sum().backward()
print("sqrt:", z.grad)
a = torch.zeros(2, 2, requires_grad=True)
torch.cdist(a, a).sum().backward()
print("cdist:", a.grad)
