import torch

x = torch.arange(10) * 10
idx = torch.tensor([1.0, 3.0])
try:
    x[idx]
except Exception as e:
    print(type(e).__name__, e)
print(x[idx.long()])
mask = torch.tensor([1, 0, 1, 0, 0, 0, 0, 0, 0, 1])
print(x[mask.bool()])
print(x[mask].tolist())
try:
    x[torch.tensor([10])]
except Exception as e:
    print(type(e).__name__, e)
