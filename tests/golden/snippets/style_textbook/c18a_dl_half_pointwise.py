# Pointwise float16 functions: exp, log, sigmoid, tanh and their rounding
import torch

x = torch.linspace(-3, 3, 7).half()
print(x.exp())
print(x.sigmoid())
print(x.tanh())
print((x.abs() + 0.5).log())
print(torch.sqrt(x.abs()))
print((x * 1.1).dtype, x / 3)
