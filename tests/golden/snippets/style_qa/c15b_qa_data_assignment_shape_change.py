# Q: can I replace a parameter's values with `param.data = new_tensor` of another shape?
import torch
from torch import nn

layer = nn.Linear(3, 2)
layer.weight.data = torch.zeros(4, 3)
print(layer.weight.shape, type(layer.weight).__name__, layer.weight.requires_grad)
w = torch.ones(2, requires_grad=True)
w.data = torch.tensor([5.0, 6.0, 7.0])
print(w, w.shape)
try:
    w.data = [1.0, 2.0]
except TypeError as e:
    print(e)
(w * 2).sum().backward()
print(w.grad)
