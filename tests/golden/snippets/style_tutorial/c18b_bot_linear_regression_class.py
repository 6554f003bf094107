"""Linear regression from scratch using autograd (no nn.Module)."""
from typing import Tuple

import torch

torch.manual_seed(123)


def make_data(n: int = 20) -> Tuple[torch.Tensor, torch.Tensor]:
    """Generate y = 3x + 2 with a bit of noise."""
    x = torch.rand(n, 1)
    y = 3 * x + 2 + 0.1 * torch.randn(n, 1)
    return x, y


def main() -> None:
    x, y = make_data()
    w = torch.zeros(1, requires_grad=True)  # weight
    b = torch.zeros(1, requires_grad=True)  # bias
    lr = 0.5
    for step in range(100):
        loss = ((x * w + b - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
    print(f"learned w = {w.item():.4f}, b = {b.item():.4f}, final loss = {loss.item():.6f}")


if __name__ == "__main__":
    main()
