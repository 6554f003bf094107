# Gradients of float32 activations applied to a sliced or row-strided view: PyTorch's backward
# loop runs over the gradient and the view together, so a row continues only as far as both do
# (vector blocks in each row, the C library's exp/tanh on the rest). tolist() shows every bit.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = (torch.randn(6, 33) * 3).requires_grad_()
for name, f in [("silu", F.silu), ("elu", F.elu), ("softplus", F.softplus), ("mish", F.mish),
                ("gelu tanh", lambda t: F.gelu(t, approximate="tanh"))]:
    for label, view in [("sliced", lambda t: t[:, 1:]), ("every other row", lambda t: t[::2])]:
        x.grad = None
        y = f(view(x))
        y.backward(torch.ones_like(y) * 0.75)
        print(name, label, x.grad[:, -3:].tolist(), x.grad.sum().item())
