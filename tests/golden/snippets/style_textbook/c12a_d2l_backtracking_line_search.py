# Backtracking (Armijo) line search with gradient descent on the Rosenbrock function in float64.
import torch

def rosen(p):
    return (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2

x = torch.tensor([-1.2, 1.0], dtype=torch.float64, requires_grad=True)
alpha0, rho, c1 = 1.0, 0.5, 1e-4
for it in range(8):
    f = rosen(x)
    (g,) = torch.autograd.grad(f, x)
    alpha = alpha0
    with torch.no_grad():
        while rosen(x - alpha * g) > f - c1 * alpha * g.dot(g):
            alpha *= rho
        x -= alpha * g
    print(f"{it} f={f.item():.8f} |g|={g.norm().item():.6f} alpha={alpha:.6g}")
print(x)
y = torch.tensor([-1.2, 1.0], dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([y], lr=1, line_search_fn="strong_wolfe", max_iter=50)
def closure():
    opt.zero_grad()
    loss = rosen(y)
    loss.backward()
    return loss
for _ in range(3):
    print(opt.step(closure).item())
print(y.detach())
