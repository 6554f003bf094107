# Q: "len() of a 0-d tensor" and "iteration over a 0-d tensor" after sum(); numel/size/shape for 0-d tensors.
import torch

t = torch.tensor([1.0, 2.0, 3.0]).sum()
print(t, t.shape, t.dim(), t.numel())
try:
    len(t)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for v in t:
        print(v)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0]
except IndexError as e:
    print(type(e).__name__, e)
print(t[()], t[None], t.unsqueeze(0), t.reshape(1).shape)
print(len(torch.zeros(4, 2)), list(torch.tensor([1, 2])), [v.item() for v in torch.tensor([3, 4])])
a, b = torch.tensor([5, 6])
print(a, b)
try:
    a, b = torch.tensor([5, 6, 7])
except ValueError as e:
    print(type(e).__name__, e)
print(t.size(), torch.Size([]) == t.shape, t.ndim)
try:
    t.size(0)
except IndexError as e:
    print(type(e).__name__, e)
