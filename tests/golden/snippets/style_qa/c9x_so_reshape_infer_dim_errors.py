# Q: view/reshape errors: "only one dimension can be inferred", "shape '[...]' is invalid for input of size".
import torch

x = torch.arange(24)
print(x.view(2, -1).shape, x.reshape(-1, 4, 2).shape)
for shape in [(-1, -1), (5, -1), (7, 3), (2, 3, 5), (0, -1)]:
    try:
        print(shape, x.view(*shape).shape)
    except RuntimeError as e:
        print(shape, "RuntimeError:", e)
try:
    x.view(-2, 12)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.reshape(4.0, 6)
except TypeError as e:
    print("TypeError:", e)
empty = torch.empty(0, 3)
print(empty.view(-1).shape, empty.reshape(0, -1).shape if False else empty.shape)
try:
    empty.view(-1, 0)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.view(torch.Size([4, 6])).stride(), x.unflatten(0, (4, -1)).shape)
