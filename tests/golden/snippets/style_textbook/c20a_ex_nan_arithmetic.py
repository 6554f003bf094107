# Exercise: what is the result of the following expressions?
import torch

nan = torch.tensor(float("nan"))
inf = torch.tensor(float("inf"))
print(0 * nan)
print(nan == nan)
print(inf > nan)
print(nan - nan)
print(torch.tensor(0.3) == 3 * torch.tensor(0.1))
print(torch.isin(nan, torch.tensor([nan, 1.0])))
