# Initialization chapter: gradient norms through 10 tanh layers.
import torch
import torch.nn as nn

def grad_norms(std):
    torch.manual_seed(1)
    layers = []
    for _ in range(10):
        lin = nn.Linear(32, 32)
        nn.init.normal_(lin.weight, std=std)
        nn.init.zeros_(lin.bias)
        layers += [lin, nn.Tanh()]
    net = nn.Sequential(*layers)
    x = torch.randn(16, 32)
    net(x).sum().backward()
    return [round(net[i].weight.grad.norm().item(), 5) for i in (0, 8, 18)]

for std in (0.05, 0.177, 0.5):
    print(std, grad_norms(std))
