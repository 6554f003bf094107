# Gauss-Newton for nonlinear least squares with jacrev
import torch
from torch.func import jacrev
torch.manual_seed(61)
t = torch.linspace(0, 3, 15, dtype=torch.float64)
y = 2.5 * torch.exp(-0.8 * t) + 0.02 * torch.randn(15, dtype=torch.float64)
def r(p):
    return p[0] * torch.exp(-p[1] * t) - y
p = torch.tensor([1.0, 0.3], dtype=torch.float64)
for it in range(6):
    J = jacrev(r)(p)
    delta = torch.linalg.lstsq(J, -r(p).unsqueeze(1)).solution.squeeze(1)
    p = p + delta
    # rounded: MKL's lstsq depends on the arrays' memory alignment, so PyTorch's last digits vary run to run
    print(it, [round(v, 12) for v in p.tolist()], f"{(r(p) ** 2).sum().item():.12e}")
