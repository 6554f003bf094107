# Gradients of pow at the awkward points.
import torch

base = torch.tensor([0.0, -8.0, 2.0], requires_grad=True)
base.pow(0).sum().backward()
print(base.grad)
base.grad = None
base.pow(1 / 3).sum().backward()
print(base.pow(1 / 3), base.grad)
e = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
torch.pow(0.0, e).sum().backward()
print(torch.pow(0.0, e), e.grad)
e.grad = None
torch.pow(torch.tensor(2.0), e).sum().backward()
print(e.grad)
