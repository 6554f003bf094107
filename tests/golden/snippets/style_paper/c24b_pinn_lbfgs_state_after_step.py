# what LBFGS keeps in its state after one step
import torch

x = torch.tensor([1.5, -0.5], dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([x], lr=0.5, max_iter=5)
def closure():
    opt.zero_grad()
    loss = (x[0] - 1) ** 2 + 10 * (x[1] - x[0] ** 2) ** 2
    loss.backward()
    return loss
l0 = opt.step(closure)
state = opt.state[opt._params[0]]
print(sorted(state.keys()))
print(state["func_evals"], state["n_iter"])
print(len(state["old_dirs"]), len(state["old_stps"]))
print(round(l0.item(), 6))
