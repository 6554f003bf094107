# Quiz B1: what do pack/unpack hooks see for y = a * b?
import torch

seen_shapes = []


def on_pack(saved):
    seen_shapes.append(tuple(saved.shape))
    return saved


def on_unpack(saved):
    return saved * 1


lhs = torch.ones(2, 3, requires_grad=True)
rhs = torch.full((3,), 2.0, requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(on_pack, on_unpack):
    total = (lhs * rhs).sum()
total.backward()
print(seen_shapes)
print(lhs.grad, rhs.grad)
