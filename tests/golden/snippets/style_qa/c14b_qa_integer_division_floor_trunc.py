# Q: why does 7 / 2 give 3.5 on int tensors? true division, //, rounding_mode, and mean on int64.
import torch

a = torch.tensor([7, -7, 9, -1])
b = torch.tensor([2, 2, -4, 3])
print(a / b, (a / b).dtype)
print(a // b, torch.div(a, b, rounding_mode='floor'))
print(torch.div(a, b, rounding_mode='trunc'), a % b, torch.fmod(a, b))
print(a / 2, a // 2.0, (a // 2.0).dtype)
try:
    a.mean()
except RuntimeError as e:
    print(e)
print(a.float().mean(), a.sum() / len(a), a.sum() // len(a))
print(torch.tensor(5) / torch.tensor(0), torch.tensor(-5.0) // 0)
try:
    print(torch.tensor(5) // torch.tensor(0))
except RuntimeError as e:
    print(e)
