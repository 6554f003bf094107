# Quiz 46: requires_grad on an integer tensor
import torch

try:
    torch.tensor([1, 2], requires_grad=True)
except RuntimeError as e:
    print(e)
x = torch.tensor([1, 2])
try:
    x.requires_grad_()
except RuntimeError as e:
    print(e)
y = torch.tensor([1.0, 2.0], requires_grad=True)
z = (y * 3).long()
print(z.requires_grad, z.grad_fn)
print(y.round().requires_grad, y.round().grad_fn)
