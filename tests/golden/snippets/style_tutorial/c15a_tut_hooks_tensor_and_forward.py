# Hooks: a forward hook that records activations, a tensor hook that doubles a gradient, then removal
import torch
import torch.nn as nn

torch.manual_seed(120)
mlp = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
recorded = {}

def make_recorder(tag):
    def record(mod, args, output):
        recorded[tag] = output.detach()
        print(f"{tag}: in={tuple(args[0].shape)} out={tuple(output.shape)}")
    return record

fwd_handle = mlp[1].register_forward_hook(make_recorder("tanh"))
inp = torch.randn(2, 3, requires_grad=True)
pre = mlp[0](inp)
grad_handle = pre.register_hook(lambda g: print("grad at pre:", g) or g * 2)
mlp[2](mlp[1](pre)).sum().backward()
print(recorded["tanh"])
print(inp.grad)
fwd_handle.remove()
grad_handle.remove()
inp.grad = None
mlp(inp).sum().backward()
print(inp.grad, list(recorded))
