# fast.ai part 2: why init matters: mean and std after layers with naive, 1/sqrt(n) and Kaiming scaling.
import math
import torch

torch.manual_seed(0)
x = torch.randn(200, 100)
for name, scale in [('naive', 1.0), ('xavier', 1 / math.sqrt(100)), ('kaiming', math.sqrt(2 / 100))]:
    a = x
    for i in range(20):
        w = torch.randn(100, 100) * scale
        a = (a @ w).relu() if name == 'kaiming' else a @ w
    print(f'{name:8s} mean={a.mean().item():.3g} std={a.std().item():.3g}')
w1 = torch.zeros(100, 50)
torch.nn.init.kaiming_normal_(w1, mode='fan_out')
print(round(w1.std().item(), 2))
print(torch.nn.init.calculate_gain('relu'), torch.nn.init.calculate_gain('leaky_relu', 0.1))
print(torch.nn.init.calculate_gain('tanh'), torch.nn.init.calculate_gain('selu'))
