# Vanishing gradients: sigmoid vs relu in a deep stack
import torch
import torch.nn as nn

torch.manual_seed(0)
for act in (nn.Sigmoid, nn.ReLU):
    layers = []
    for _ in range(8):
        layers += [nn.Linear(16, 16), act()]
    net = nn.Sequential(*layers)
    net(torch.randn(4, 16)).sum().backward()
    first = net[0].weight.grad.abs().mean().item()
    last = net[-2].weight.grad.abs().mean().item()
    print(f"{act.__name__:8s} first layer {first:.2e} | last layer {last:.2e}")
