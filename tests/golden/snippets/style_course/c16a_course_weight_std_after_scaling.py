# Checking the std of freshly initialised weights against 1/sqrt(fan_in)
import torch
from torch import nn

torch.manual_seed(1669)
for fan_in, fan_out in [(10, 100), (100, 100), (400, 50)]:
    lin = nn.Linear(fan_in, fan_out)
    expected = 1 / (3 * fan_in) ** 0.5
    print(fan_in, fan_out, round(lin.weight.std().item(), 5), round(expected, 5), lin.bias.abs().max().item() <= 1 / fan_in ** 0.5)
w = torch.randn(1000, 200) / 200 ** 0.5
x = torch.randn(64, 1000)
print((x @ w).std().item(), x.std().item())
