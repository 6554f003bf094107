# Q: expand() errors: "The expanded size of the tensor must match the existing size at non-singleton dimension".
import torch

x = torch.tensor([[1], [2], [3]])
print(x.expand(3, 4))
print(x.expand(-1, 2), x.expand(2, 3, 2).shape)
try:
    x.expand(4, 4)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.expand(3)
except RuntimeError as e:
    print("RuntimeError:", e)
y = torch.arange(3.)
print(y.expand(2, 3), y.expand_as(torch.zeros(4, 3)).shape)
try:
    y.expand(3, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.zeros(2, 3) + torch.zeros(3, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.broadcast_tensors(x, y)[0].shape, torch.broadcast_to(y, (2, 3)))
