# Survival probabilities from per-step hazards with cumprod, and the gradient of the final survival.
import torch

hazard = torch.tensor([0.1, 0.2, 0.0, 0.5], dtype=torch.float64, requires_grad=True)
survival = torch.cumprod(1 - hazard, dim=0)
print(survival)
survival[-1].backward()
print(hazard.grad)
print(torch.cumprod(torch.tensor([[1, 2], [3, 4]]), dim=1))
