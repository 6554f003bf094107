# nn.Hardshrink, Softshrink, GLU, LogSigmoid, SiLU, Softmax2d module reprs and outputs
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(2, 4)
for m in [nn.Hardshrink(0.5), nn.Softshrink(0.5), nn.GLU(), nn.LogSigmoid(), nn.SiLU(), nn.GELU('tanh'),
          nn.CELU(0.5), nn.RReLU(0.1, 0.3)]:
    m.eval()
    print(m, m(x))
