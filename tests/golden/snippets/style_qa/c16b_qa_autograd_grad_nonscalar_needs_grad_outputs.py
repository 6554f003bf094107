# Q: torch.autograd.grad on a vector output.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x ** 2
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print(e)
print(torch.autograd.grad(y, x, grad_outputs=torch.ones_like(y)))
z = torch.ones(2)
try:
    torch.autograd.grad(z.sum(), x)
except RuntimeError as e:
    print(e)
