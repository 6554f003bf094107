# GELU from its erf formula and from the tanh approximation, against nn.GELU
import math
import torch
from torch import nn

x = torch.linspace(-4, 4, 9)
exact = 0.5 * x * (1 + torch.erf(x / math.sqrt(2)))
approx = 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))
print(exact)
print(nn.GELU()(x))
print(approx)
print(nn.GELU(approximate="tanh")(x))
print((exact - approx).abs().max())
