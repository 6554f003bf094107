"""Comparing activation functions and their gradients at a few points."""
import torch
import torch.nn as nn

points = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
acts = {"ReLU": nn.ReLU(), "LeakyReLU": nn.LeakyReLU(0.1), "ELU": nn.ELU(), "SELU": nn.SELU(),
        "Mish": nn.Mish(), "Hardswish": nn.Hardswish()}
for name, act in acts.items():
    x = points.clone().requires_grad_()
    y = act(x)
    y.sum().backward()
    print(f"{name:>10}: y={y.detach().tolist()}")
    print(f"{'':>10}  g={x.grad.tolist()}")
