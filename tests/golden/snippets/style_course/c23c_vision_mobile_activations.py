# Activations in mobile CNNs: Hardswish, Hardsigmoid, SiLU, ReLU6 on a grid of points with gradients.
import torch
import torch.nn as nn

x = torch.tensor([-4.0, -3.0, -1.0, 0.0, 1.0, 3.0, 4.0], requires_grad=True)
for act in [nn.Hardswish(), nn.Hardsigmoid(), nn.ReLU6()]:
    x.grad = None
    y = act(x)
    y.sum().backward()
    print(type(act).__name__, y.detach().tolist(), x.grad.tolist())
print(nn.SiLU()(x).round(decimals=4))
