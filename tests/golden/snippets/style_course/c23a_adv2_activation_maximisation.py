# Activation maximisation: gradient ascent on the input for one hidden unit, with an L2 penalty
import torch
import torch.nn as nn

torch.manual_seed(23)
layer = nn.Linear(3, 4)
x = torch.zeros(1, 3, requires_grad=True)
for step in range(20):
    act = layer(x)[0, 2]
    objective = act - 0.1 * x.pow(2).sum()
    g, = torch.autograd.grad(objective, x)
    with torch.no_grad():
        x += 0.5 * g
print(x.round(decimals=3))
print(round(layer(x)[0, 2].item(), 3))
print(torch.allclose(x[0], 5 * layer.weight[2], atol=1e-2))
