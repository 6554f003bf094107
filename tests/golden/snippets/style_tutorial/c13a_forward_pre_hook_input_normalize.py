# A forward pre-hook that normalises the input of a layer, and a forward hook that replaces the output.
import torch
import torch.nn as nn

torch.manual_seed(33)
layer = nn.Linear(3, 2)
calls = []


def pre(module, args):
    (x,) = args
    calls.append(("pre", tuple(x.shape)))
    return ((x - x.mean(dim=0)) / (x.std(dim=0) + 1e-5),)


def post(module, args, out):
    calls.append(("post", tuple(out.shape)))
    return out.clamp(min=0)


h1 = layer.register_forward_pre_hook(pre)
h2 = layer.register_forward_hook(post)
x = torch.randn(5, 3) * 10 + 4
y = layer(x)
print(calls)
print(y.min().item() >= 0, y.grad_fn.name())
xn = (x - x.mean(0)) / (x.std(0) + 1e-5)
print(torch.allclose(y, layer.forward(xn).clamp(min=0)))
h1.remove()
h2.remove()
print(torch.equal(layer(x), layer.forward(x)))
h3 = layer.register_forward_hook(lambda m, a, kw, o: o * 0, with_kwargs=True)
print(layer(x).abs().sum())
h3.remove()
