# Exercise 9.C: Vandermonde edge cases
import torch

print(torch.vander(torch.tensor([2.0, 3.0]), N=0).shape, torch.vander(torch.tensor([2, 3]), N=1))
print(torch.vander(torch.tensor([True, False])))
print(torch.linalg.vander(torch.tensor([[1, 2], [3, 4]])))
for bad in (lambda: torch.vander(torch.tensor([[1, 2]])), lambda: torch.vander(torch.tensor([1, 2]), N=-1),
            lambda: torch.linalg.vander(torch.tensor(2.0)), lambda: torch.linalg.vander(torch.tensor([1, 2]), N=1)):
    try:
        print(bad())
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
