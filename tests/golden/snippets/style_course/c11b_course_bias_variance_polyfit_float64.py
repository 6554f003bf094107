# Bias/variance demo: polynomial fits of increasing degree with torch.linalg.lstsq, train vs test error.
import torch

torch.manual_seed(1)
f = lambda x: torch.sin(2 * x)
xtr = torch.linspace(-1.5, 1.5, 12, dtype=torch.float64)
ytr = f(xtr) + 0.1 * torch.randn(12, dtype=torch.float64)
xte = torch.linspace(-1.4, 1.4, 50, dtype=torch.float64)
yte = f(xte)

def design(x, deg):
    return torch.stack([x ** k for k in range(deg + 1)], dim=1)

for deg in [1, 3, 5, 9]:
    coef = torch.linalg.lstsq(design(xtr, deg), ytr.unsqueeze(1)).solution.squeeze(1)
    tr = ((design(xtr, deg) @ coef - ytr) ** 2).mean().item()
    te = ((design(xte, deg) @ coef - yte) ** 2).mean().item()
    print(f"deg {deg}: train {tr:.5f} test {te:.5f} |coef| max {coef.abs().max().item():.2f}")
coef3 = torch.linalg.lstsq(design(xtr, 3), ytr.unsqueeze(1)).solution
print(coef3.squeeze().round(decimals=4))
