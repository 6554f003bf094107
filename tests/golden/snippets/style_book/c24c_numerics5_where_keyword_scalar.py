# Exercise 5.E: torch.where with keywords and scalar branches
import torch

c = torch.tensor([True, False, True])
print(torch.where(c, input=torch.tensor([1.0, 2.0, 3.0]), other=0.0))
print(torch.where(condition=c, input=1, other=torch.tensor([5, 6, 7])))
print(torch.where(c, 2.5, 1))
try:
    torch.where(c, torch.tensor([1.0, 2.0]), 0.0)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.where(torch.tensor([1, 0]), 1.0, 0.0)
except RuntimeError as e:
    print("RuntimeError:", e)
