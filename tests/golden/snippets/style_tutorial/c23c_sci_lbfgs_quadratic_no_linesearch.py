# LBFGS without line search on a quadratic bowl; counting function evaluations.
import torch

target = torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64)
w = torch.zeros(3, dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([w], lr=0.5, max_iter=10, history_size=5)
calls = []

def closure():
    opt.zero_grad()
    loss = ((w - target) ** 2 * torch.tensor([1.0, 2.0, 4.0], dtype=torch.float64)).sum()
    loss.backward()
    calls.append(1)
    return loss

first = opt.step(closure)
print(first.item(), len(calls))
print(w.detach().round(decimals=4))
print(opt.state[w]["n_iter"], opt.state[w]["func_evals"])
