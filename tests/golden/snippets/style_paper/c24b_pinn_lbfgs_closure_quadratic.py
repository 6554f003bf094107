# LBFGS with a closure on a float64 least-squares problem
import torch

A = torch.tensor([[3.0, 1.0], [1.0, 2.0], [0.0, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -2.0, 3.0], dtype=torch.float64)
x = torch.zeros(2, dtype=torch.float64, requires_grad=True)
solver = torch.optim.LBFGS([x], lr=1, max_iter=50, line_search_fn="strong_wolfe")
evals = []
def closure():
    evals.append(1)
    solver.zero_grad()
    loss = ((A @ x - b) ** 2).sum()
    loss.backward()
    return loss
loss = solver.step(closure)
print(type(loss).__name__, loss.dtype)
print(torch.round(x.detach(), decimals=6))
x_ls = torch.linalg.lstsq(A, b.unsqueeze(1)).solution.squeeze()
print(torch.allclose(x.detach(), x_ls))
print(len(evals) > 1)
