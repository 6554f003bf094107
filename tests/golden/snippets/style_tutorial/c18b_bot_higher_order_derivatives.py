"""Computing second derivatives with torch.autograd.grad."""
import torch


def second_derivative(fn, x: torch.Tensor) -> torch.Tensor:
    """Return d^2 fn / dx^2 at x using create_graph=True."""
    x = x.clone().requires_grad_(True)
    (first,) = torch.autograd.grad(fn(x), x, create_graph=True)
    (second,) = torch.autograd.grad(first, x)
    return second


if __name__ == "__main__":
    point = torch.tensor(0.5)
    print("d2/dx2 x^4 at 0.5 :", second_derivative(lambda t: t ** 4, point))
    print("expected          :", 12 * point ** 2)
    print("d2/dx2 exp(2x)    :", second_derivative(lambda t: torch.exp(2 * t), point))
    print("d2/dx2 tanh(x)    :", second_derivative(torch.tanh, point))
