# multiplying by a boolean mask and indexing with a float mask
import torch

x = torch.tensor([1.0, -2.0, 3.0])
mask = x > 0
print(x * mask, (x * mask).dtype)
print(x[mask])
try:
    x[mask.float()]
except IndexError as e:
    print("IndexError:", e)
print(x.masked_fill(~mask, 0.0))
print(torch.where(mask, x, torch.zeros_like(x)))
