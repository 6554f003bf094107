# Q: filling masked positions from a source tensor
import torch

x = torch.zeros(2, 3)
mask = torch.tensor([[True, False, True], [False, True, False]])
print(x.masked_scatter(mask, torch.tensor([1.0, 2.0, 3.0, 4.0])))
print(torch.arange(6.0).reshape(2, 3).masked_select(mask))
try:
    x.masked_scatter(mask, torch.tensor([1.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.masked_fill(mask, torch.tensor(7.0)))
try:
    x.masked_fill(mask, torch.tensor([7.0, 8.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
