# L-BFGS with strong Wolfe line search on Rosenbrock reaches (1, 1).
import torch

x = torch.tensor([-1.5, 2.0], dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([x], lr=1, max_iter=100, tolerance_grad=1e-10, tolerance_change=1e-12,
                        history_size=10, line_search_fn="strong_wolfe")
calls = []
def closure():
    opt.zero_grad()
    f = (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2
    f.backward()
    calls.append(f.item())
    return f

opt.step(closure)
print([round(v, 6) for v in x.tolist()])
print(f"{calls[-1]:.1e}", len(calls) > 10)
