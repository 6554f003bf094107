# Quiz 9: integer division
import torch

a = torch.tensor([7, -7])
print(a / 2)
print(a // 2)
print(a % 3)
print(torch.div(a, 2, rounding_mode="trunc"))
print(a.div(2).dtype)
print(torch.tensor(7) // 0)
print(torch.tensor(7.0) // 0)
try:
    print(torch.tensor(7) % 0)
except RuntimeError as e:
    print(e)
