# Q: expand / expand_as / broadcast_to: which shapes work, and the error text when they do not.
import torch

a = torch.tensor([[1], [2], [3]])
print(a.expand(3, 4), a.expand(-1, 2).shape)
print(a.expand_as(torch.zeros(2, 3, 5)).shape, torch.broadcast_to(a, (3, 3)).stride())
for shape in [(4, 4), (3,), (2, 3, 1), (1, 4)]:
    try:
        print(shape, a.expand(*shape).shape)
    except RuntimeError as e:
        print(shape, "RuntimeError:", e)
try:
    torch.broadcast_to(torch.ones(2, 3), (3, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.broadcast_shapes((3, 1), (1, 4), (4,)))
try:
    torch.broadcast_shapes((3, 2), (4,))
except RuntimeError as e:
    print("RuntimeError:", e)
