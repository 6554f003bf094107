# linspace / logspace without an int steps: PyTorch's argument-parser error, and the forms it accepts.
import torch
for f in [
        lambda: torch.linspace(0, 1), lambda: torch.linspace(0.0, 1.0), lambda: torch.logspace(0, 1), lambda: torch.linspace(0, 1, steps=None), lambda: torch.linspace(torch.tensor(0.), 1), lambda: torch.linspace(0, 1, 2.0), lambda: torch.linspace(0, 1, torch.tensor(3)), lambda: torch.linspace(0, 1, 3), lambda: torch.logspace(0, 2, 3, 2), lambda: torch.linspace(0, 1, steps=4, dtype=torch.float64), lambda: torch.linspace(0, 1, True)]:
    try: print(f())
    except TypeError as e: print(repr(str(e))); print()
for f in [lambda: torch.linspace(0, 1, 3, 4), lambda: torch.logspace(0, 1, 3, 2, 5), lambda: torch.logspace(0, 1, steps=3, base=2)]:
    try: print(f())
    except TypeError as e: print(repr(str(e))); print()
