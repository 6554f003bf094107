# Q: -7 // 2 gives -4 in torch, I expected -3 like in C
import torch

num = torch.tensor([-7, 7, -8])
den = torch.tensor([2, -2, 3])
print(num // den)
print(torch.floor_divide(num, den))
print(torch.fmod(num, den), torch.remainder(num, den))
print(num % den)
# suggested fix: trunc mode
print(torch.div(num, den, rounding_mode='trunc'))
