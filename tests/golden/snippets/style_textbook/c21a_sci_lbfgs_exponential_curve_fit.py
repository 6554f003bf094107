# Curve fitting y = a * exp(-b t) with L-BFGS and a closure.
import torch

torch.manual_seed(5)
t = torch.linspace(0, 4, 30)
y = 2.5 * torch.exp(-1.3 * t) + 0.02 * torch.randn(30)
params = torch.tensor([1.0, 1.0], requires_grad=True)
opt = torch.optim.LBFGS([params], lr=1, max_iter=50, line_search_fn="strong_wolfe")

def closure():
    opt.zero_grad()
    loss = ((params[0] * torch.exp(-params[1] * t) - y) ** 2).mean()
    loss.backward()
    return loss

opt.step(closure)
print([round(p, 2) for p in params.tolist()])
print(f"{closure().item():.1e}")
