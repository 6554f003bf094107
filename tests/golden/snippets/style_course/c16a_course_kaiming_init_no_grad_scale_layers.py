# Scaling the last layer down and applying nn.init.kaiming_normal_ with tanh gain under no_grad
import torch
from torch import nn

torch.manual_seed(1707)
layers = [nn.Linear(10, 10, bias=False) for _ in range(3)] + [nn.Linear(10, 5)]
with torch.no_grad():
    for lin in layers[:-1]:
        nn.init.kaiming_normal_(lin.weight, nonlinearity="tanh")
    layers[-1].weight *= 0.1
    layers[-1].bias.zero_()
x = torch.randn(200, 10)
for i, lin in enumerate(layers[:-1]):
    x = torch.tanh(lin(x))
    print(i, round(x.std().item(), 6), round((x.abs() > 0.97).float().mean().item(), 6))
logits = layers[-1](x)
print(logits.std().item(), nn.functional.cross_entropy(logits, torch.zeros(200, dtype=torch.long)).item())
print(layers[0].weight.requires_grad, layers[-1].weight.grad_fn)
