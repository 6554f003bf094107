# IG with the trapezoid rule on a sigmoid model, convergence as steps grow
import torch

w = torch.tensor([1.5, -2.0, 0.7])
def model(inp):
    return torch.sigmoid(inp @ w)

x = torch.tensor([1.0, 0.5, -1.0])
base = torch.zeros(3)
for m in [4, 16, 64]:
    a = torch.linspace(0.0, 1.0, m + 1)
    pts = (base + a[:, None] * (x - base)).requires_grad_()
    g = torch.autograd.grad(model(pts).sum(), pts)[0]
    avg = torch.trapezoid(g, a, dim=0)
    ig = (x - base) * avg
    print(m, ig, f"{ig.sum().item():.6f}")
print("target", (model(x) - model(base)).item())
