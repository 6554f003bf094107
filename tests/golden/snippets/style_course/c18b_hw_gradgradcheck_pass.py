# Bonus: second-order check of a student's smooth activation
import torch
from torch.autograd import gradcheck, gradgradcheck


def gelu_tanh(x):
    return 0.5 * x * (1 + torch.tanh(0.79788456 * (x + 0.044715 * x ** 3)))


torch.manual_seed(1)
x = torch.randn(3, dtype=torch.float64, requires_grad=True)
print("gradcheck    :", gradcheck(gelu_tanh, (x,)))
print("gradgradcheck:", gradgradcheck(gelu_tanh, (x,)))
