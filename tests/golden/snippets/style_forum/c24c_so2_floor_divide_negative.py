# Q: integer division of negative numbers
import torch

a = torch.tensor([7, -7, 7, -7])
b = torch.tensor([2, 2, -2, -2])
print(a // b)
print(torch.div(a, b, rounding_mode="trunc"), torch.div(a, b, rounding_mode="floor"))
print(a / b)
print(a % b, torch.fmod(a, b), torch.remainder(a, b))
try:
    torch.div(a, b, rounding_mode="round")
except ValueError as e:
    print("ValueError:", e)
