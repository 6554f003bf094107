# Finite-difference check of an MLP weight gradient in float64
import torch

torch.manual_seed(15)
W1 = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
W2 = torch.randn(4, 1, dtype=torch.float64, requires_grad=True)
X = torch.randn(5, 3, dtype=torch.float64)
y = torch.randn(5, 1, dtype=torch.float64)

def loss_fn():
    return ((torch.tanh(X @ W1) @ W2 - y) ** 2).mean()

loss_fn().backward()
eps, i, j = 1e-6, 1, 2
with torch.no_grad():
    W1[i, j] += eps; up = loss_fn()
    W1[i, j] -= 2 * eps; down = loss_fn()
    W1[i, j] += eps
numeric = (up - down) / (2 * eps)
print(f"autograd {W1.grad[i, j].item():.8f} numeric {numeric.item():.8f}")
print(abs(W1.grad[i, j] - numeric).item() < 1e-8)
