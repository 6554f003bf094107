# Puzzle 19: heaviside(a, b)
import torch

def heaviside(a, b):
    return torch.where(a == 0, b, (a > 0).to(b.dtype))

a = torch.tensor([-1.5, 0.0, 2.0, -0.0])
b = torch.tensor([0.5, 0.5, 0.5, 0.5])
print(heaviside(a, b))
print(torch.heaviside(a, b))
print(torch.heaviside(a, torch.tensor(1.0)))
try:
    torch.heaviside(torch.tensor([1, 0]), torch.tensor([0.5]))
except RuntimeError as e:
    print(e)
print(torch.heaviside(torch.tensor([1, 0, -3]), torch.tensor([7])))
