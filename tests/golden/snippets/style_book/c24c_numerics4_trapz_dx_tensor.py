# Exercise 10.A: trapezoid and cumulative_trapezoid argument forms
import torch

y = torch.tensor([1.0, 2.0, 4.0])
print(torch.trapezoid(y, dx=0.5), torch.trapz(y, dx=2))
print(torch.trapezoid(torch.tensor([1, 2, 4])), torch.trapezoid(torch.tensor([1, 2, 4]), dx=1).dtype)
print(torch.cumulative_trapezoid(torch.tensor([1, 2, 4]), dx=0.5))
for bad in (lambda: torch.trapezoid(y, x=torch.tensor([0.0, 1.0, 2.0]), dx=1.0),
            lambda: torch.trapezoid(torch.tensor(3.0)), lambda: torch.cumulative_trapezoid(y, dim=1),
            lambda: torch.trapezoid(y, dx=torch.tensor(0.5))):
    try:
        print(bad())
    except (RuntimeError, IndexError, TypeError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
