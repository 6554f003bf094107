"""Autograd works through Python loops and conditionals (dynamic graphs)."""
import torch


def collatz_like(x: torch.Tensor, steps: int) -> torch.Tensor:
    for _ in range(steps):
        if x.item() > 1:
            x = x / 2
        else:
            x = x * 3 + 1
    return x


start = torch.tensor(10.0, requires_grad=True)
result = collatz_like(start, 5)
result.backward()
print(f"result = {result.item()}, d(result)/d(start) = {start.grad.item()}")
print(result.grad_fn)
