# random Fourier feature embedding for PINN inputs
import torch
import torch.nn as nn

torch.manual_seed(9)
class FourierFeatures(nn.Module):
    def __init__(self, in_dim, n, scale=2.0):
        super().__init__()
        self.register_buffer("B", torch.randn(in_dim, n, dtype=torch.float64) * scale)

    def forward(self, x):
        proj = 2 * torch.pi * x @ self.B
        return torch.cat([torch.sin(proj), torch.cos(proj)], dim=-1)

ff = FourierFeatures(2, 3)
print(ff)
print(list(ff.state_dict()), [n for n, _ in ff.named_parameters()])
out = ff(torch.zeros(4, 2, dtype=torch.float64))
print(out)
print(ff(torch.rand(5, 2, dtype=torch.float64)).pow(2).view(5, 2, 3).sum(1).round(decimals=6))
