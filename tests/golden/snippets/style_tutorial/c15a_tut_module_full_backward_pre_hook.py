# Module hooks: full backward hook and backward pre-hook, printing grad shapes and scaling one
import torch
import torch.nn as nn

torch.manual_seed(4)
layer = nn.Linear(3, 2)

def pre_hook(module, grad_output):
    print("pre:", [tuple(g.shape) for g in grad_output])
    return (grad_output[0] * 10,)

def bwd_hook(module, grad_input, grad_output):
    print("bwd:", [None if g is None else tuple(g.shape) for g in grad_input], grad_output[0])

h1 = layer.register_full_backward_pre_hook(pre_hook)
h2 = layer.register_full_backward_hook(bwd_hook)
x = torch.randn(4, 3, requires_grad=True)
layer(x).sum().backward()
print(layer.bias.grad, x.grad[0])
h1.remove(); h2.remove()
layer.zero_grad()
layer(x.detach()).sum().backward()
print(layer.bias.grad)
