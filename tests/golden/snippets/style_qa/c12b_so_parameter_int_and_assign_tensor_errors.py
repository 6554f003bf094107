# Q: nn.Parameter of an int tensor, assigning a plain tensor to a Parameter attribute, and register_parameter.
import torch
import torch.nn as nn

try:
    nn.Parameter(torch.tensor([1, 2]))
except RuntimeError as e:
    print(e)
print(nn.Parameter(torch.tensor([1, 2]), requires_grad=False))
lin = nn.Linear(2, 2)
try:
    lin.weight = torch.zeros(2, 2)
except TypeError as e:
    print(e)
lin.weight = nn.Parameter(torch.zeros(2, 2))
print(lin.weight)
m = nn.Module()
try:
    m.register_parameter('bad.name', nn.Parameter(torch.ones(1)))
except KeyError as e:
    print('KeyError', e)
m.register_parameter('scale', nn.Parameter(torch.ones(1)))
m.register_parameter('none_param', None)
print([n for n, _ in m.named_parameters()], m.none_param)
try:
    m.register_parameter('t', torch.ones(1))
except TypeError as e:
    print(e)
p = nn.Parameter(torch.ones(2))
print(type(p * 2).__name__, type(p.data).__name__, type(p.detach()).__name__, (p * 2).requires_grad)
