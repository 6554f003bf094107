# LBFGS with strong Wolfe line search on Rosenbrock
import torch
xy = torch.tensor([-1.5, 2.0], requires_grad=True)
opt = torch.optim.LBFGS([xy], lr=1, max_iter=100, line_search_fn="strong_wolfe")
def closure():
    opt.zero_grad()
    x, y = xy
    f = (1 - x) ** 2 + 100 * (y - x ** 2) ** 2
    f.backward()
    return f
for i in range(3):
    loss = opt.step(closure)
    print(i, f"{loss.item():.6e}", xy.detach().tolist())
