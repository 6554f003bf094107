# A table of activation functions evaluated on a few points, with their derivatives from autograd.
import torch
import torch.nn as nn

x = torch.tensor([-3.0, -1.0, -0.1, 0.0, 0.1, 1.0, 3.0], requires_grad=True)
acts = [nn.ReLU(), nn.LeakyReLU(0.1), nn.ELU(), nn.SELU(), nn.CELU(0.5), nn.GELU(), nn.GELU(approximate="tanh"),
        nn.SiLU(), nn.Mish(), nn.Softplus(beta=2), nn.Sigmoid(), nn.Tanh(), nn.Hardtanh(), nn.Hardswish(),
        nn.Hardsigmoid(), nn.ReLU6(), nn.Softsign(), nn.LogSigmoid(), nn.Tanhshrink()]
torch.set_printoptions(precision=3)
for act in acts:
    y = act(x)
    g, = torch.autograd.grad(y.sum(), x)
    print(f"{str(act):32s} {y.detach()}")
    print(f"{'':32s} {g}")
print(nn.PReLU()(x).detach(), nn.Threshold(0.5, -1.0)(x.detach()))
print(nn.Softmax(dim=0)(x).sum(), nn.LogSoftmax(dim=0)(x).exp().sum())
