# Q: "The expanded size of the tensor must match the existing size"
import torch

v = torch.tensor([1.0, 2.0])
try:
    v.expand(2, 3)
except RuntimeError as e:
    print(e)
try:
    v.expand(2)
except RuntimeError as e:
    print(e)
try:
    torch.zeros(3).add_(torch.ones(2, 3))
except RuntimeError as e:
    print(e)
print(v.expand(3, -1).shape, v.expand_as(torch.empty(4, 2)).shape)
