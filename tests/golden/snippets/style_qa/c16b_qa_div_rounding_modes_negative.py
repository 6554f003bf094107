# Q: torch.div rounding_mode trunc vs floor on negative numbers.
import torch

num = torch.tensor([7, -7, 7, -7])
den = torch.tensor([2, 2, -2, -2])
print(torch.div(num, den))
print(torch.div(num, den, rounding_mode='trunc'))
print(torch.div(num, den, rounding_mode='floor'))
print(num // den, num % den, torch.fmod(num, den))
print(torch.div(num.float(), 2.0, rounding_mode='floor'))
try:
    torch.div(num, den, rounding_mode='round')
except ValueError as e:
    print(e)
