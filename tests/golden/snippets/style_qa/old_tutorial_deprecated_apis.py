# Q: code from older tutorials: torch.range, nn.init.normal, set_default_tensor_type and x.new still run, with warnings.
import torch
import torch.nn as nn

print(torch.range(1, 4))
print(torch.range(0, 1, 0.25), torch.arange(0, 1, 0.25))
torch.manual_seed(0)
layer = nn.Linear(3, 2)
nn.init.normal(layer.weight, 0.0, 0.1)
nn.init.constant(layer.bias, 0.5)
nn.init.xavier_uniform(layer.weight)
print(layer.bias, layer.weight.shape)
torch.set_default_tensor_type(torch.DoubleTensor)
print(torch.ones(2).dtype, torch.tensor([1.5]).dtype)
torch.set_default_tensor_type('torch.FloatTensor')
print(torch.ones(2).dtype)
x = torch.ones(2, dtype=torch.float64)
print(x.new([1, 2]), x.new(2, 3).shape, x.new(2, 3).dtype)
try:
    x.new(torch.tensor([1, 2]))
except TypeError as e:
    print('TypeError', str(e)[:40])
