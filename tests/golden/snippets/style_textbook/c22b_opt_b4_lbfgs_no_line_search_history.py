import torch

# quasi-Newton on a badly scaled quadratic, fixed step (no line search), short history
scales = torch.tensor([1.0, 25.0, 100.0], dtype=torch.float64)
z = torch.tensor([1.0, 1.0, 1.0], dtype=torch.float64, requires_grad=True)
qn = torch.optim.LBFGS([z], lr=0.8, max_iter=3, history_size=2, tolerance_grad=1e-10, tolerance_change=1e-14)


def closure():
    qn.zero_grad()
    val = 0.5 * (scales * z ** 2).sum() + z.prod()
    val.backward()
    return val


for outer in range(3):
    val = qn.step(closure)
    print(outer, f"{val.item():.8f}", z.detach().numpy().round(6))
mem = qn.state[z]
print(mem["func_evals"], mem["n_iter"], len(mem["old_dirs"]), len(mem["old_stps"]))
