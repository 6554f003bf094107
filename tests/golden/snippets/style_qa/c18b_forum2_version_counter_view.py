# Q: modified by an inplace operation but I only changed a slice
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = w.exp()
first = h[:1]
first.mul_(0)
print(h._version, first._version)
try:
    h.sum().backward()
except RuntimeError as err:
    print(err)
