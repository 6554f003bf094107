import torch


def f(x):
    return 10 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2


x = torch.tensor([-1.0, 1.0], dtype=torch.float64)
radius = 0.5
for k in range(6):
    g = torch.autograd.functional.jacobian(f, x)
    B = torch.autograd.functional.hessian(f, x)
    pB = -torch.linalg.solve(B, g)
    pU = -(g @ g) / (g @ B @ g) * g
    if pB.norm() <= radius:
        step = pB
    elif pU.norm() >= radius:
        step = radius * pU / pU.norm()
    else:
        d = pB - pU
        a, b, c = d @ d, 2 * pU @ d, pU @ pU - radius ** 2
        tau = (-b + torch.sqrt(b * b - 4 * a * c)) / (2 * a)
        step = pU + tau * d
    pred = -(g @ step + 0.5 * step @ B @ step)
    rho = (f(x) - f(x + step)) / pred
    if rho > 0.75:
        radius = min(2 * radius, 2.0)
    elif rho < 0.25:
        radius *= 0.25
    if rho > 0.1:
        x = x + step
    print(k, f"{f(x).item():.6f}", f"{rho.item():.4f}", radius)
