# get_gradient_edge lets autograd.grad stop at an intermediate tensor's edge.
import torch
from torch.autograd.graph import get_gradient_edge

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x.exp()
edge = get_gradient_edge(h)
out = (h * h).sum()
print(type(edge).__name__, edge.node.name(), edge.output_nr)
print(torch.autograd.grad(out, edge, retain_graph=True))
print(torch.autograd.grad(out, (x, edge)))
