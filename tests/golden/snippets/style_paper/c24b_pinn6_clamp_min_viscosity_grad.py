# clamping a learned viscosity from below: the gradient is cut where it clamps
import torch

nu = torch.tensor([-0.5, 0.001, 0.2], dtype=torch.float64, requires_grad=True)
eff = nu.clamp(min=0.01)
eff.sum().backward()
print(eff)
print(nu.grad)
print(torch.clamp(nu.detach(), 0.01, 0.1))
