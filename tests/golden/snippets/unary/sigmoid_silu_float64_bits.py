# float64 sigmoid and SiLU (a cs231n-style gradient check in double): ATen's loop takes SLEEF's
# exp on whole vector blocks of 8 doubles x 2, the C library's exp on the rest of each run;
# SiLU's gradient fuses x * (1 - s) + 1. tolist() shows every bit.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = (torch.randn(7, 13, dtype=torch.float64) * 2).requires_grad_()
y = torch.sigmoid(x)
y.backward(torch.ones_like(y))
print(y[0].tolist(), x.grad[1].tolist())
z = torch.randn(40, dtype=torch.float64, requires_grad=True)
s = F.silu(z)
s.sum().backward()
print(s.tolist())
print(z.grad.tolist())
print(torch.sigmoid(x.detach().t())[:, 0].tolist())
print(torch.nn.SiLU()(torch.linspace(-8, 8, 21, dtype=torch.float64)).tolist())
