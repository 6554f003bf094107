# autoregressive flow: a triangular Jacobian's log-det from its diagonal (float64)
import torch
from torch.autograd.functional import jacobian

def maf(x):
    y0 = x[0] * 2.0
    y1 = x[1] * torch.exp(x[0]) + x[0]
    y2 = x[2] * 0.5 + x[1] ** 2
    return torch.stack([y0, y1, y2])

x = torch.tensor([0.3, -1.0, 2.0], dtype=torch.float64)
J = jacobian(maf, x)
print(torch.equal(J, torch.tril(J)))
print(round(J.diagonal().abs().log().sum().item(), 8), round(torch.logdet(J.abs()).item(), 8) if False else "")
print(round(torch.linalg.slogdet(J).logabsdet.item(), 8))
