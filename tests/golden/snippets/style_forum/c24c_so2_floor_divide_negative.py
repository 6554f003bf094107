# Q: integer division of negative numbers
import torch

num = torch.tensor([7, -7, 7, -7])
den = torch.tensor([2, 2, -2, -2])
print(num // den)
print(torch.div(num, den, rounding_mode="trunc"), torch.div(num, den, rounding_mode="floor"))
print(num / den)
print(num % den, torch.fmod(num, den), torch.remainder(num, den))
try:
    torch.div(num, den, rounding_mode="round")
except ValueError as e:
    print("ValueError:", e)
