# Forces as the negative gradient of a potential: F = -dU/dx for a spring chain.
import torch

k = torch.tensor([1.0, 2.0], dtype=torch.float64)
x = torch.tensor([0.0, 1.5, 2.5], dtype=torch.float64, requires_grad=True)
rest = 1.0
U = 0.5 * (k * (torch.diff(x) - rest) ** 2).sum()
(grad,) = torch.autograd.grad(U, x)
F = -grad
print(U.item(), F)
print(F.sum().item())
