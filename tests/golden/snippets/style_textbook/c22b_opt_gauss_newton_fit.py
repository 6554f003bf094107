import torch
from torch.autograd.functional import jacobian

torch.manual_seed(12)
dose = torch.linspace(0.5, 4, 8, dtype=torch.float64)
response = 3.0 * dose / (0.8 + dose) + 0.02 * torch.randn(8, dtype=torch.float64)


def misfit(params):
    vmax, km = params
    return vmax * dose / (km + dose) - response


params = torch.tensor([2.0, 1.5], dtype=torch.float64)
for k in range(4):
    r = misfit(params)
    Jr = jacobian(misfit, params)
    params = params - torch.linalg.lstsq(Jr, r.unsqueeze(1)).solution.squeeze(1)
    print(k, f"{r.square().sum().item():.6f}", params.numpy().round(4))
print(tuple(Jr.shape), Jr.dtype)
