# Scaling weights by gain / sqrt(fan_in) for tanh (5/3) versus torch.nn.init.kaiming_normal_
import torch

g = torch.Generator().manual_seed(2147483647)
fan_in = 30
W1 = torch.randn((fan_in, 200), generator=g) * (5 / 3) / fan_in ** 0.5
print(round(W1.std().item(), 4), round((5 / 3) / fan_in ** 0.5, 4))
x = torch.randn(1000, fan_in, generator=g)
h = torch.tanh(x @ W1)
print(round(h.std().item(), 4), round((h.abs() > 0.97).float().mean().item(), 4))
w = torch.empty(200, fan_in)
torch.manual_seed(0)
torch.nn.init.kaiming_normal_(w, nonlinearity="tanh")
print(round(w.std().item(), 3), torch.nn.init.calculate_gain("tanh"))
