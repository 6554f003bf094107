# Exercise 8.A: what quantile refuses
import torch

x = torch.tensor([1.0, 2.0, 3.0])
tries = [lambda: torch.quantile(x, torch.tensor([0.5, 1.2])), lambda: torch.quantile(x, 0.5, interpolation="mean"),
         lambda: torch.quantile(torch.tensor([]), 0.5), lambda: torch.quantile(x, torch.tensor([[0.5]])),
         lambda: torch.quantile(x, torch.tensor([0.5], dtype=torch.float64)), lambda: torch.quantile(x, 0.5, dim=1)]
for t in tries:
    try:
        print(t())
    except (RuntimeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
