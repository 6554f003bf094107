# Broadcasting semantics doc page: broadcastable shapes, resulting sizes, and in-place broadcasting rules.
import torch

x = torch.empty(5, 7, 3)
y = torch.empty(5, 7, 3)
print((x + y).size())
x = torch.empty((0,))
y = torch.empty(2, 2)
try:
    print((x + y).size())
except RuntimeError as e:
    print(e)
x = torch.empty(5, 3, 4, 1)
y = torch.empty(3, 1, 1)
print((x + y).size())
x = torch.empty(5, 2, 4, 1)
y = torch.empty(3, 1, 1)
try:
    (x + y).size()
except RuntimeError as e:
    print(e)
x = torch.empty(1)
y = torch.empty(3, 1, 7)
print((x + y).size())
x = torch.empty(5, 3, 4, 1)
y = torch.empty(3, 1, 1)
print(x.add_(y).size())
x = torch.empty(1, 3, 1)
y = torch.empty(3, 1, 7)
try:
    x.add_(y)
except RuntimeError as e:
    print(e)
print(torch.broadcast_shapes((5, 1, 4), (3, 1)), torch.add(torch.ones(4, 1), torch.ones(4)).size())
a, b = torch.broadcast_tensors(torch.arange(3.0), torch.arange(2.0).view(2, 1))
print(a, b, a.stride(), b.stride())
