# Quiz: .item() on more than one element.
import torch

t = torch.tensor([1.5, 2.5])
try:
    t.item()
except RuntimeError as e:
    print(type(e).__name__, e)
print(t[0].item(), type(t[0].item()).__name__)
print(torch.tensor([7]).item(), type(torch.tensor([7]).item()).__name__)
print(torch.tensor(True).item())
