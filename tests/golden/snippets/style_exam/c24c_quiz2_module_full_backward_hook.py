# Quiz B9: module backward hook sees grad_input and grad_output
import torch
import torch.nn as nn

act = nn.Tanh()
shapes = []


def hook(module, grad_input, grad_output):
    shapes.append((type(module).__name__, [tuple(g.shape) for g in grad_input], [tuple(g.shape) for g in grad_output]))


handle = act.register_full_backward_hook(hook)
x = torch.zeros(2, 3, requires_grad=True)
act(x).sum().backward()
print(shapes)
print(x.grad)
handle.remove()
act(x).sum().backward()
print(len(shapes))
