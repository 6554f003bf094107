"""Broadcasting rules, with shapes that work and one that doesn't."""
import torch

a = torch.ones(4, 1, 3)
b = torch.ones(5, 1)
print("(4,1,3) + (5,1) ->", (a + b).shape)
print("(3,) * (2,3) ->", (torch.ones(3) * torch.ones(2, 3)).shape)
print(torch.broadcast_shapes((4, 1, 3), (5, 1)))
try:
    torch.ones(2, 3) + torch.ones(3, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.broadcast_shapes((2, 3), (3, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
