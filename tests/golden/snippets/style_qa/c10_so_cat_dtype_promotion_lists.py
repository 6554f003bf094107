# Q: torch.cat of int and float tensors, cat of an empty list, and stack of tensors of different sizes.
import torch

a = torch.tensor([1, 2])
b = torch.tensor([0.5])
print(torch.cat([a, b]), torch.cat([a, b]).dtype)
print(torch.cat([a.bool(), a]).dtype, torch.cat([b.double(), b]).dtype)
try:
    torch.cat([])
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    torch.stack([a, b])
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.cat([torch.zeros(2, 3), torch.ones(1, 3)]).shape, torch.cat((torch.zeros(0), a)).dtype)
try:
    torch.cat([torch.zeros(2, 3), torch.ones(2, 2)])
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.concat([a, a]), torch.concatenate([a, a], axis=0), torch.hstack([a, b]), torch.vstack([a, a]))
