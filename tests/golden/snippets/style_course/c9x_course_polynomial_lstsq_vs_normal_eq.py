# Course notebook: polynomial regression by least squares three ways: lstsq, normal equations, gradient descent.
import torch

torch.manual_seed(0)
x = torch.linspace(-1, 1, 30, dtype=torch.float64)
y = 0.5 - 1.5 * x + 2.0 * x ** 3 + 0.05 * torch.randn(30, dtype=torch.float64)
A = torch.stack([x ** k for k in range(4)], dim=1)
print(A.shape, A.dtype)
sol = torch.linalg.lstsq(A, y.unsqueeze(1)).solution.squeeze()
print(sol)
normal = torch.linalg.solve(A.T @ A, A.T @ y)
print(normal)
print(torch.allclose(sol, normal))
w = torch.zeros(4, dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.3)
for i in range(500):
    loss = ((A @ w - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
print(w.detach(), f"{loss.item():.8f}")
residual = y - A @ sol
print(f"{residual.pow(2).mean().item():.8f}", torch.linalg.matrix_rank(A).item())
print(torch.linalg.cond(A).item() > 1)
