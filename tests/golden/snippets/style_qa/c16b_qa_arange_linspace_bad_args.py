# Q: arange and linspace argument mistakes.
import torch

for call in (lambda: torch.arange(5, 0), lambda: torch.arange(0, 5, 0),
             lambda: torch.linspace(0, 1, 2.5), lambda: torch.linspace(0, 1, -1)):
    try:
        print(call())
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
print(torch.arange(5, 0, -2), torch.linspace(1, 1, 1), torch.arange(0.5, 2))
