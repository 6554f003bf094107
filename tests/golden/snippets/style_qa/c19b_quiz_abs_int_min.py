# Quiz 62: abs of the most negative integer
import torch

t = torch.tensor([-128, -1, 127], dtype=torch.int8)
print(t.abs())
print(-t)
print(torch.tensor([-2**63]).abs())
print(t.neg().dtype, t.abs().dtype)
print(torch.tensor([True, False]).abs() if False else "skip")
try:
    print(-torch.tensor([True, False]))
except RuntimeError as e:
    print(e)
