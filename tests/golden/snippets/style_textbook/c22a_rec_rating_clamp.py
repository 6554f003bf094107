import torch

raw = torch.tensor([0.2, 3.7, 5.9, -1.0, 4.5])
print(raw.clamp(1, 5))
print(torch.sigmoid(raw) * 4 + 1)
print(raw.round())
print(torch.round(raw * 2) / 2)
lo, hi = 1.0, 5.0
print(lo + (hi - lo) * torch.sigmoid(torch.tensor(0.0)))
