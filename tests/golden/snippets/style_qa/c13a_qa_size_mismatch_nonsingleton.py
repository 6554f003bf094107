# Q: "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1".
import torch

preds = torch.ones(2, 3)
a = preds
targets = torch.zeros(2, 4)
b = targets
try:
    loss = ((preds - targets) ** 2).mean()
except RuntimeError as e:
    print(e)
try:
    a * torch.ones(3, 1)
except RuntimeError as e:
    print(e)
try:
    torch.where(torch.ones(5, dtype=torch.bool), a, 0.0)
except RuntimeError as e:
    print(e)
try:
    a.expand(4, 3)
except RuntimeError as e:
    print(e)
try:
    a[torch.tensor([True, False, True])]
except IndexError as e:
    print("IndexError:", e)
try:
    a.masked_fill(torch.ones(3, 2, dtype=torch.bool), 0)
except RuntimeError as e:
    print(e)
print((a + b[:, :3]).shape, (a.unsqueeze(2) * b.unsqueeze(1)).shape)
