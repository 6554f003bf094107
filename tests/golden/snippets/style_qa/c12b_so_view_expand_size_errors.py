# Q: "shape '[...]' is invalid for input of size" and "The expanded size of the tensor must match" - explain.
import torch

x = torch.arange(12)
try:
    x.view(5, -1)
except RuntimeError as e:
    print(e)
try:
    x.view(-1, -1)
except RuntimeError as e:
    print(e)
try:
    x.reshape(3, 5)
except RuntimeError as e:
    print(e)
print(x.view(2, -1, 3).shape)
y = torch.tensor([[1], [2], [3]])
print(y.expand(3, 4))
print(y.expand(-1, 2))
try:
    y.expand(4, 4)
except RuntimeError as e:
    print(e)
try:
    torch.ones(2, 3).expand(2)
except RuntimeError as e:
    print(e)
try:
    torch.ones(2, 3).expand(3, 3)
except RuntimeError as e:
    print(e)
print(torch.ones(3).expand(2, 3).is_contiguous(), torch.ones(3).expand(2, 3).stride())
