# Q: printing gradients flowing through a layer with a full backward hook
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(2, 2)


def hook(module, grad_input, grad_output):
    print(type(module).__name__, [g.shape for g in grad_input], [g.shape for g in grad_output])


handle = layer.register_full_backward_hook(hook)
layer(torch.ones(3, 2, requires_grad=True)).sum().backward()
handle.remove()
layer(torch.ones(1, 2)).sum().backward()
print("removed")
