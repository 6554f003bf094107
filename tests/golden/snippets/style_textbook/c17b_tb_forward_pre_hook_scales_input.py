# A forward pre-hook may replace the module's input.
import torch
from torch import nn

relu = nn.ReLU()

def halve(module, args):
    return (args[0] * 0.5,)

h = relu.register_forward_pre_hook(halve)
print(relu(torch.tensor([-2.0, 2.0, 4.0])))
h.remove()
print(relu(torch.tensor([-2.0, 2.0, 4.0])))
relu.register_forward_hook(lambda m, i, o: o + 100)
print(relu(torch.tensor([1.0])))
