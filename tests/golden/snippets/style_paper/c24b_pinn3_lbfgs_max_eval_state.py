# LBFGS with max_eval and no line search: counting closure calls
import torch

x = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([x], lr=0.1, max_iter=10, max_eval=4)
count = [0]
def closure():
    count[0] += 1
    opt.zero_grad()
    loss = (x ** 2).sum()
    loss.backward()
    return loss
opt.step(closure)
print(count[0], opt.state[x]["func_evals"])
print(opt.defaults["max_eval"])
