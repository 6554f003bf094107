# Cubic fit by Adam on Chebyshev-scaled inputs vs the exact least-squares coefficients.
import torch

torch.manual_seed(24)
x = torch.linspace(-1, 1, 40)
y = torch.sin(2 * x) + 0.05 * torch.randn(40)
V = torch.linalg.vander(x, N=4)
coef = torch.zeros(4, requires_grad=True)
opt = torch.optim.Adam([coef], lr=0.05)
for _ in range(1500):
    opt.zero_grad()
    ((V @ coef - y) ** 2).mean().backward()
    opt.step()
exact = torch.linalg.lstsq(V, y).solution
print(V[0])
print([round(c, 3) for c in coef.tolist()])
print([round(c, 3) for c in exact.tolist()])
