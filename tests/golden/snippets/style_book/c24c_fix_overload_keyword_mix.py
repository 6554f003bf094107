# Section 10.10 (proof for the engine fix): arguments of two overloads in one call are refused
import torch
y = torch.tensor([1.0, 2.0, 4.0])
x = torch.tensor([0.0, 1.0, 3.0])
for f in (lambda: torch.trapezoid(y, x=x, dx=1.0), lambda: torch.trapezoid(y, x, dx=1.0), lambda: torch.trapezoid(y, dx=1.0, x=x),
          lambda: torch.cumulative_trapezoid(y, x=x, dx=2), lambda: torch.trapz(y, x=x, dx=1.0), lambda: torch.trapezoid(y, x=x, dim=0),
          lambda: torch.histogram(y, torch.tensor([0.0, 5.0]), range=(0.0, 1.0)), lambda: torch.histogram(y, bins=2, range=(0.0, 5.0)),
          lambda: torch.searchsorted(x, y, right=True, side="left")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
