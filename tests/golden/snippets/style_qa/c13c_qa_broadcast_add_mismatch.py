# "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1"
import torch

a = torch.ones(2, 3)
b = torch.ones(2, 4)
try:
    a + b
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a * torch.ones(3, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
print((a + torch.ones(3)).shape, (a + torch.ones(2, 1)).shape)
try:
    a + torch.ones(2)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.broadcast_shapes((2, 1), (1, 3), (3,)))
try:
    torch.broadcast_shapes((2, 3), (4,))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a.add_(torch.ones(4, 2, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
