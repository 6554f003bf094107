import torch

i = torch.tensor([1, 2])
try:
    i += 1.5
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    i.mul_(torch.tensor([0.5, 0.5]))
except RuntimeError as e:
    print(e)
i.add_(True)
print(i)
torch.tensor([True]).add_(1)
