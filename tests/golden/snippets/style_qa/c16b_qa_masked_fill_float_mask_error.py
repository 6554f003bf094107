# Q: masked_fill only supports boolean masks
import torch

x = torch.ones(2, 2)
mask = torch.tensor([[1, 0], [0, 1]])
try:
    x.masked_fill(mask, 0.0)
except RuntimeError as e:
    print(e)
print(x.masked_fill(mask.bool(), -1.0))
try:
    x.masked_fill(torch.tensor([True, False, True]), 0.0)
except RuntimeError as e:
    print(e)
print(x.masked_fill(torch.tensor([True, False]), 5))
