# LBFGS stopping rules: tolerance_grad reached on a 1-D quadratic, state keys afterwards.
import torch

x = torch.tensor([5.0], dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([x], lr=1.0, max_iter=20, tolerance_grad=1e-9, tolerance_change=1e-12)

def closure():
    opt.zero_grad()
    loss = (x - 2.0) ** 2
    loss.sum().backward()
    return loss.sum()

opt.step(closure)
print(x.detach().round(decimals=8))
st = opt.state[x]
print(sorted(st.keys()))
print(st["func_evals"], st["n_iter"])
print(opt)
