# LBFGS with a closure on a convex quadratic
import torch
A = torch.tensor([[3.0, 1.0], [1.0, 2.0]])
b = torch.tensor([1.0, -1.0])
x = torch.zeros(2, requires_grad=True)
opt = torch.optim.LBFGS([x], lr=1, max_iter=20)
def closure():
    opt.zero_grad()
    loss = 0.5 * x @ A @ x - b @ x
    loss.backward()
    return loss
out = opt.step(closure)
print(out)
print(x.detach())
print(torch.linalg.solve(A, b))
