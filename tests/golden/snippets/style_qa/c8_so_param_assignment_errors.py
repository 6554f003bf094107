# Q: "cannot assign 'torch.FloatTensor' as parameter 'weight' (torch.nn.Parameter or None expected)".
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(2, 2)
try:
    layer.weight = torch.ones(2, 2)
except TypeError as e:
    print("TypeError:", e)
layer.weight = nn.Parameter(torch.ones(2, 2))
print(layer.weight)
with torch.no_grad():
    layer.weight.copy_(torch.eye(2))
print(layer.weight)
layer.bias.data = torch.tensor([5.0, 6.0])
print(layer.bias, layer(torch.ones(1, 2)))
try:
    layer.weight.data = torch.ones(3)
    print(layer.weight.shape)
except RuntimeError as e:
    print("RuntimeError:", e)
layer.weight = None
print(layer.weight, [n for n, _ in layer.named_parameters()])
m = nn.Module()
m.scale = nn.Parameter(torch.tensor(2.0))
print(list(m.state_dict().items()))
