"""Checking gradient flow: which layers receive gradients, and how big they are."""
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 16), nn.Sigmoid(), nn.Linear(16, 16), nn.Sigmoid(), nn.Linear(16, 1))
loss = net(torch.randn(32, 4)).pow(2).mean()
loss.backward()
for name, param in net.named_parameters():
    if "weight" in name:
        g = param.grad
        print(f"{name:<9} mean|g|={g.abs().mean().item():.3e} max|g|={g.abs().max().item():.3e}")
