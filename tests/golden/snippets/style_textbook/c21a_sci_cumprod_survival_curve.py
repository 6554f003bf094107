# Survival probabilities as a cumulative product of (1 - hazard), with the gradient w.r.t. hazards.
import torch

hazard = torch.tensor([0.1, 0.2, 0.0, 0.3], requires_grad=True)
surv = torch.cumprod(1 - hazard, dim=0)
print(surv)
surv[-1].backward()
print(hazard.grad)
print(torch.logcumsumexp(torch.log(torch.tensor([1.0, 2.0, 3.0])), dim=0).exp())
