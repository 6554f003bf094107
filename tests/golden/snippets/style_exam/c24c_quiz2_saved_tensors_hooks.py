# Quiz B1: what do pack/unpack hooks see for y = a * b?
import torch

packed = []


def pack(t):
    packed.append(tuple(t.shape))
    return t


def unpack(t):
    return t * 1


a = torch.ones(2, 3, requires_grad=True)
b = torch.full((3,), 2.0, requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
    y = (a * b).sum()
y.backward()
print(packed)
print(a.grad, b.grad)
