# torch.sinh, cosh, tanh and asinh, acosh, atanh
import torch

torch.manual_seed(0)
a = torch.randn(4)
print(torch.sinh(a))
print(torch.cosh(a))
print(torch.tanh(a))
print(torch.asinh(a))
print(torch.acosh(torch.randn(4).uniform_(1, 2)))
print(torch.atanh(torch.randn(4).uniform_(-1, 1)))
