# Curve fitting y = a * exp(-b t) with LBFGS and a closure, float64.
import torch

t = torch.linspace(0, 2, 9, dtype=torch.float64)
y = 3.0 * torch.exp(-1.5 * t)
params = torch.tensor([1.0, 1.0], dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([params], lr=1, max_iter=50, line_search_fn="strong_wolfe")

def closure():
    opt.zero_grad()
    loss = ((params[0] * torch.exp(-params[1] * t) - y) ** 2).sum()
    loss.backward()
    return loss

for _ in range(3):
    loss = opt.step(closure)
print([round(p, 5) for p in params.tolist()])
print(loss.item() < 1e-10)
print(opt.state_dict()["param_groups"][0]["line_search_fn"])
