# Broadcast operands get their gradient summed back to their own shape.
import torch

X = torch.arange(12.0).reshape(4, 3)
b1 = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
b2 = torch.zeros(4, 1, requires_grad=True)
s = torch.tensor(2.0, requires_grad=True)
out = (X + b1 + b2) * s
out.sum().backward()
print(b1.grad)
print(b2.grad)
print(s.grad)
print(b1.grad.shape, b2.grad.shape, s.grad.shape)
