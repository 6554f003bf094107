# Q: dividing by zero - inf for floats, but what about ints?
import torch

print(torch.tensor([1.0, -1.0, 0.0]) / 0)
print(torch.tensor([1, 2]) / 0)
try:
    print(torch.tensor([1, 2]) // 0)
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    print(torch.tensor([5]) % 0)
except RuntimeError as err:
    print("RuntimeError:", err)
print(torch.tensor([5.0]) % 0)
