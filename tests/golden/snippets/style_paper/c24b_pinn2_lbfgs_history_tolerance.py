# LBFGS options printed via its param_groups and a converged step count
import torch

x = torch.tensor([3.0, -2.0], dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([x], lr=1, max_iter=20, history_size=5, tolerance_grad=1e-9,
                        tolerance_change=1e-12, line_search_fn="strong_wolfe")
print({k: v for k, v in opt.param_groups[0].items() if k != "params"})
def closure():
    opt.zero_grad()
    loss = ((x - torch.tensor([1.0, 1.0], dtype=torch.float64)) ** 2).sum()
    loss.backward()
    return loss
opt.step(closure)
print(x.detach())
print(opt.state[x]["n_iter"])
