# Quiz 66: 0 < x < 1 on a tensor
import torch

x = torch.tensor([-0.5, 0.5, 1.5])
try:
    print(0 < x < 1)
except RuntimeError as e:
    print(e)
print((0 < x) & (x < 1))
print((x > 0) and True if False else (x > 0).logical_and(x < 1))
try:
    print((x > 0) and (x < 1))
except RuntimeError as e:
    print(e)
print(torch.tensor([2]) > 1 > 0)
