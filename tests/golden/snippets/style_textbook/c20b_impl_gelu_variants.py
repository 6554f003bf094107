# GELU: exact erf form, tanh approximation, and nn.GELU
import math
import torch
import torch.nn as nn

x = torch.linspace(-2, 2, 5)
exact = 0.5 * x * (1 + torch.erf(x / math.sqrt(2)))
approx = 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))
print(exact)
print(nn.GELU()(x))
print(approx)
print(nn.GELU(approximate="tanh")(x))
print((exact - approx).abs().max())
