# Rosenblatt perceptron learning rule on linearly separable synthetic points, no autograd.
import torch

torch.manual_seed(7)
n = 20
X = torch.cat([torch.randn(n, 2) + 2.0, torch.randn(n, 2) - 2.0])
y = torch.cat([torch.ones(n), -torch.ones(n)])
w = torch.zeros(2)
b = torch.tensor(0.0)
for epoch in range(10):
    errors = 0
    for xi, yi in zip(X, y):
        if yi * (xi @ w + b) <= 0:
            w += yi * xi
            b += yi
            errors += 1
    print(f"epoch {epoch}: errors={errors} w={w.tolist()} b={b.item()}")
    if errors == 0:
        break
pred = torch.sign(X @ w + b)
print((pred == y).float().mean())
print(w / w.norm(), b / w.norm())
margin = (y * (X @ w + b)).min() / w.norm()
print(f"margin {margin:.4f}")
