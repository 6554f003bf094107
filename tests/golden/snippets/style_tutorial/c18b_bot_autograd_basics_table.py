"""A tiny demo of how autograd tracks operations (written for a beginner)."""
import torch

torch.manual_seed(42)


def f(x: torch.Tensor) -> torch.Tensor:
    """Compute f(x) = x^3 - 2x, whose derivative is 3x^2 - 2."""
    return x ** 3 - 2 * x


if __name__ == "__main__":
    xs = torch.linspace(-1.0, 1.0, steps=5, requires_grad=True)
    ys = f(xs)
    ys.sum().backward()  # sum() makes it a scalar so backward() works
    print(f"{'x':>8} | {'f(x)':>10} | {'autograd':>10} | {'analytic':>10}")
    print("-" * 46)
    for x, y, g in zip(xs.detach(), ys.detach(), xs.grad):
        print(f"{x.item():8.3f} | {y.item():10.4f} | {g.item():10.4f} | {3 * x.item() ** 2 - 2:10.4f}")
