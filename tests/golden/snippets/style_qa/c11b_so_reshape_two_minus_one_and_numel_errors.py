# Q: reshape with two -1s, a size that does not divide, and zero-size dims -- the messages.
import torch

x = torch.arange(24)
for shape in [(-1, -1), (5, -1), (7, 3), (0, -1), (2, 3, 4), (-1, 4, 3), (3, -2)]:
    try:
        print(shape, x.reshape(shape).shape)
    except RuntimeError as e:
        print(shape, "RuntimeError:", e)
e = torch.empty(0, 4)
print(e.reshape(-1).shape, e.reshape(0, 2, 2).shape)
try:
    e.reshape(-1, 0)
except RuntimeError as err:
    print("RuntimeError:", err)
print(x.view(2, 12).unflatten(1, (3, 4)).shape, x.view(4, -1).flatten(0).shape)
try:
    x.view(2, 12).unflatten(1, (5, -1))
except RuntimeError as err:
    print("RuntimeError:", err)
