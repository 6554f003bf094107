# Q: why does mean() fail on my label tensor, and why is 7 / 2 a float? Integer tensors and division rules.
import torch

labels = torch.tensor([1, 0, 1, 1])
try:
    labels.mean()
except RuntimeError as e:
    print(e)
print(labels.float().mean(), labels.sum() / len(labels), (labels.sum() / len(labels)).dtype)
a = torch.tensor([7, -7])
print(a / 2, a // 2, torch.div(a, 2, rounding_mode="trunc"), torch.div(a, 2, rounding_mode="floor"))
print(a % 3, torch.fmod(a, 3), torch.remainder(a, 3))
print(torch.tensor(5) / torch.tensor(2), (torch.tensor(5) / 2).dtype)
b = torch.tensor([1, 2, 3])
try:
    b /= 2
except RuntimeError as e:
    print(e)
b //= 2
print(b)
print(torch.tensor([3], dtype=torch.uint8) - 5, torch.tensor([100], dtype=torch.int8) * 2)
print(torch.tensor([1, 2]).sum().dtype, torch.tensor([True, True]).sum())
