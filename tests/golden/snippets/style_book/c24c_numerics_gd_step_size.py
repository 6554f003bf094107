# Section 4.3: step size too large diverges on a quadratic
import torch

A = torch.tensor([1.0, 10.0], dtype=torch.float64)
for lr in [0.05, 0.19, 0.21]:
    x = torch.tensor([1.0, 1.0], dtype=torch.float64, requires_grad=True)
    for _ in range(50):
        loss = 0.5 * (A * x * x).sum()
        loss.backward()
        with torch.no_grad():
            x -= lr * x.grad
        x.grad = None
    print(lr, f"{loss.item():.4e}")
