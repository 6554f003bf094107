"""Minimise f(w) = (w - 3)^2 by gradient descent and watch it converge."""
import torch


def loss_fn(w: torch.Tensor) -> torch.Tensor:
    return (w - 3.0) ** 2


if __name__ == "__main__":
    w = torch.tensor(0.0, requires_grad=True)
    learning_rate = 0.2
    print(f"{'step':<6}{'w':>10}{'loss':>12}{'grad':>10}")
    for step in range(6):
        loss = loss_fn(w)
        loss.backward()
        print(f"{step:<6}{w.item():>10.5f}{loss.item():>12.6f}{w.grad.item():>10.4f}")
        with torch.no_grad():
            w -= learning_rate * w.grad
        w.grad = None  # reset the gradient for the next step
