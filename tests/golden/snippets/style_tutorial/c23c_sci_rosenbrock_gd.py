# Plain gradient descent on the Rosenbrock function in float64.
import torch

p = torch.tensor([-1.0, 1.0], dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([p], lr=1e-3)
for i in range(2001):
    loss = (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2
    opt.zero_grad()
    loss.backward()
    opt.step()
    if i % 500 == 0:
        print(i, f"{loss.item():.6f}", [round(v, 4) for v in p.tolist()])
print(p.grad.dtype)
