# Gradient descent on quadratics f(x) = 0.5 x^T A x with growing condition numbers: iterations to converge.
import torch

def run(A, lr, steps=200, tol=1e-6):
    x = torch.tensor([1.0, 1.0], dtype=torch.float64, requires_grad=True)
    for t in range(steps):
        f = 0.5 * x @ A @ x
        f.backward()
        with torch.no_grad():
            x -= lr * x.grad
        x.grad.zero_()
        if f.item() < tol:
            return t, f.item()
    return steps, f.item()

for kappa in [1.0, 4.0, 20.0, 100.0]:
    A = torch.diag(torch.tensor([1.0, kappa], dtype=torch.float64))
    ev = torch.linalg.eigvalsh(A)
    cond = torch.linalg.cond(A)
    lr = 2 / (ev.min() + ev.max())
    print(f"kappa={kappa:6.1f} cond={cond.item():.1f} lr={lr.item():.5f}", run(A, lr.item()))
A = torch.tensor([[3.0, 1.0], [1.0, 2.0]], dtype=torch.float64)
print(torch.linalg.eigvalsh(A), torch.linalg.cond(A))
print(run(A, 0.1, steps=20))
print(run(A, 0.9, steps=5))
