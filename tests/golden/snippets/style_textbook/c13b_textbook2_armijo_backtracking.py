# Optimisation chapter: gradient descent with Armijo backtracking line search on logistic loss (float64).
import torch

torch.manual_seed(81)
X = torch.randn(40, 3, dtype=torch.float64)
y = (X @ torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64) > 0).double()

def loss_fn(w):
    return torch.nn.functional.binary_cross_entropy_with_logits(X @ w, y) + 0.05 * w.dot(w)

w = torch.zeros(3, dtype=torch.float64, requires_grad=True)
for it in range(8):
    f = loss_fn(w)
    g, = torch.autograd.grad(f, w)
    t, c, rho = 1.0, 1e-4, 0.5
    with torch.no_grad():
        while loss_fn(w - t * g) > f - c * t * g.dot(g):
            t *= rho
        w -= t * g
    print(it, f"{f.item():.10f}", t, f"{g.norm().item():.3e}")
print(w)
print(torch.sigmoid(X[:5] @ w.detach()))
