# Quiz D5: gradients at the clamp boundary and through lerp
import torch

x = torch.tensor([0.0, 0.5, 1.0, 1.5], requires_grad=True)
x.clamp(0.0, 1.0).sum().backward()
print(x.grad)
a = torch.tensor([1.0], requires_grad=True)
b = torch.tensor([3.0], requires_grad=True)
w = torch.tensor([0.25], requires_grad=True)
torch.lerp(a, b, w).backward()
print(a.grad, b.grad, w.grad)
