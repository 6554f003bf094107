# Activation functions compared
import torch
import torch.nn as nn

x = torch.linspace(-3, 3, 7)
acts = {
    "ReLU": nn.ReLU(),
    "LeakyReLU": nn.LeakyReLU(0.1),
    "Sigmoid": nn.Sigmoid(),
    "Tanh": nn.Tanh(),
    "GELU": nn.GELU(),
    "SiLU": nn.SiLU(),
    "ELU": nn.ELU(),
    "Softplus": nn.Softplus(),
}
print("x:", x)
for name, act in acts.items():
    print(f"{name:>10}: {act(x)}")
