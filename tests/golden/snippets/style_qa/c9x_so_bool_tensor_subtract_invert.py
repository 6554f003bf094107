# Q: "Subtraction, the `-` operator, with a bool tensor is not supported" - how to invert a mask.
import torch

mask = torch.tensor([True, False, True])
try:
    print(1 - mask)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(-mask)
except RuntimeError as e:
    print("RuntimeError:", e)
print(~mask, mask.logical_not(), mask ^ True)
print(mask + mask, (mask + mask).dtype)
print(mask * 3, mask.sum(), mask.float().mean())
print(mask.int(), mask.long().cumsum(0))
print(1 - mask.float(), (~mask).float())
print(mask & torch.tensor([True, True, False]), mask | torch.tensor([False, True, False]))
try:
    mask.mean()
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([1, 0, 2]).bool(), mask.any(), mask.all())
