import torch


def g(x):
    return torch.exp(torch.sin(x)) * x


x0 = torch.tensor(0.7, dtype=torch.float64, requires_grad=True)
g(x0).backward()
exact = x0.grad.item()
print("autograd g'(0.7) =", exact)
x = x0.detach()
print(" h        forward        central       richardson")
for h in [0.2, 0.1, 0.05, 0.025, 0.0125]:
    fwd = (g(x + h) - g(x)) / h
    cen = (g(x + h) - g(x - h)) / (2 * h)
    cen2 = (g(x + h / 2) - g(x - h / 2)) / h
    rich = (4 * cen2 - cen) / 3
    print(f"{h:<8} {abs(fwd.item() - exact):.3e}    {abs(cen.item() - exact):.3e}    {abs(rich.item() - exact):.3e}")
