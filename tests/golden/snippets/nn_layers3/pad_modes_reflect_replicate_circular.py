# F.pad's reflect, replicate and circular modes: values, nodes, gradients, checks, and the padding layers.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 2, 3, 4, requires_grad=True)
for mode in ("reflect", "replicate", "circular"):
    y = F.pad(x, (2, 1, 1, 2), mode=mode)
    print(mode, y.shape, y.grad_fn)
    print(y[0, 0])
    (g,) = torch.autograd.grad(y, x, torch.randn_like(y), create_graph=True)
    print(g[0, 1], g.grad_fn)
seq = torch.arange(6.0).view(1, 1, 6)
print(F.pad(seq, (3, 2), mode="reflect"), F.pad(seq, (-2, 3), mode="replicate"), F.pad(seq, (2, 2), mode="circular"))
print(F.pad(torch.arange(8).view(2, 4), (1, 2), mode="reflect"))
for args in [((4, 0), "reflect"), ((1, 1, 1), "replicate"), ((7, 7), "circular"), ((1, 1, 1, 1), "reflect")]:
    try:
        F.pad(seq, args[0], mode=args[1])
    except (RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, e)
try:
    F.pad(seq, (1, 1), mode="reflect", value=2.0)
except RuntimeError as e:
    print(e)
layers = [nn.ReflectionPad2d(1), nn.ReplicationPad1d((1, 2)), nn.ZeroPad2d((1, 0, 2, 0)),
          nn.ConstantPad1d(2, 3.5), nn.CircularPad2d(1), nn.ReplicationPad3d(1)]
print(layers)
img = torch.arange(9.0).view(1, 1, 3, 3)
print(layers[0](img), layers[2](img).grad_fn, layers[4](img)[0, 0, 0])
try:
    nn.CircularPad2d(1)(torch.zeros(3, 3))
except ValueError as e:
    print("ValueError:", e)
xd = torch.randn(2, 2, 4, dtype=torch.double, requires_grad=True)
print(torch.autograd.gradcheck(lambda a: F.pad(a, (3, 2), mode="reflect"), (xd,)),
      torch.autograd.gradgradcheck(lambda a: F.pad(a, (2, 3), mode="replicate"), (xd,)))
