# Activation modules from the reference: ReLU, LeakyReLU, PReLU, ELU, Softplus, Hardtanh
import torch
import torch.nn as nn

torch.manual_seed(0)
input = torch.randn(6)
print(input)
for m in [nn.ReLU(), nn.LeakyReLU(0.1), nn.PReLU(), nn.ELU(), nn.SELU(), nn.CELU(),
          nn.Softplus(beta=2), nn.Hardtanh(-0.5, 0.5), nn.ReLU6(), nn.Hardswish(),
          nn.Hardsigmoid(), nn.Mish(), nn.Softsign(), nn.Tanhshrink(), nn.Threshold(0.1, 20)]:
    print(m, m(input))
