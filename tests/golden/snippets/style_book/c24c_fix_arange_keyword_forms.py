# Section 1.D (proof for the engine fix): arange(end=...) and refused keyword mixes
import torch
for f in (lambda: torch.arange(end=3), lambda: torch.arange(5, step=2), lambda: torch.arange(start=1), lambda: torch.arange(),
          lambda: torch.arange(1, 4, 2), lambda: torch.arange(start=1, end=4, step=2), lambda: torch.arange(end=2.5, dtype=torch.float64),
          lambda: torch.arange(1, end=3), lambda: torch.arange(end=3, step=1), lambda: torch.arange(step=2)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", str(e))
