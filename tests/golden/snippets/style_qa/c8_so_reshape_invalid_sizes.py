# Q: "shape '[...]' is invalid for input of size N" and "only one dimension can be inferred".
import torch

x = torch.arange(12)
print(x.view(3, 4).shape, x.view(-1, 6).shape, x.reshape(2, -1, 3).shape)
for shape in [(5, 3), (-1, 5), (-1, -1), (0, -1), (2, -2)]:
    try:
        x.view(*shape)
    except RuntimeError as e:
        print(shape, "RuntimeError:", e)
try:
    x.reshape(7)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.view(2, 6.0)
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
print(x.view(torch.Size([4, 3])).shape, x.view((2, 2, 3)).shape, x.view([6, 2]).shape)
print(torch.zeros(0).view(-1, 5).shape if False else torch.zeros(0, 5).view(-1).shape)
print(x.unflatten(0, (3, 4)).shape, x.view(3, 4).flatten(), x.view(3, 4).ravel().shape)
