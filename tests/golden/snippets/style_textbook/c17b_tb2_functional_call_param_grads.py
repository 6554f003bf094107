# torch.func.functional_call lets grad differentiate w.r.t. a module's parameters.
import torch
from torch import nn
from torch.func import functional_call, grad

lin = nn.Linear(2, 1)
params = {'weight': torch.tensor([[1.0, -1.0]]), 'bias': torch.tensor([0.5])}
x = torch.tensor([[2.0, 1.0], [0.0, 3.0]])

def loss(p):
    return functional_call(lin, p, (x,)).pow(2).mean()

print(loss(params))
g = grad(loss)(params)
print(sorted(g), g['weight'], g['bias'])
print(lin.weight.grad)
