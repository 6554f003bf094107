# Quiz 63: reductions of an empty tensor
import torch

e = torch.tensor([])
print(e.sum(), e.prod(), e.mean())
try:
    print(e.max())
except RuntimeError as err:
    print(err)
try:
    print(e.argmax())
except RuntimeError as err:
    print(err)
print(e.amax(dim=0) if False else e.std())
print(torch.zeros(0, 3).sum(0), torch.zeros(0, 3).max(1) if False else torch.zeros(0, 3).shape)
