# Exercise 7.C: domain errors of the gamma family
import torch

print(torch.mvlgamma(torch.tensor([2.5, 3.0]), p=2))
for bad in (lambda: torch.mvlgamma(torch.tensor([0.4]), p=2), lambda: torch.mvlgamma(torch.tensor([2.0]), p=0),
            lambda: torch.polygamma(-1, torch.tensor([1.0])), lambda: torch.special.polygamma(1.5, torch.tensor([1.0])),
            lambda: torch.lgamma(torch.tensor([1 + 1j]))):
    try:
        print(bad())
    except (RuntimeError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
