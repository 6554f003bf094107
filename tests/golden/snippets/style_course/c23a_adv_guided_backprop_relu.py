# Guided backprop: a backward hook lets only positive gradients through each ReLU
import torch
import torch.nn as nn

def guided(module, grad_input, grad_output):
    return (grad_input[0].clamp(min=0),)

torch.manual_seed(4)
net = nn.Sequential(nn.Linear(4, 5), nn.ReLU(), nn.Linear(5, 1))
x = torch.randn(1, 4, requires_grad=True)
net(x).sum().backward()
plain = x.grad.clone()
x.grad = None
hook = net[1].register_full_backward_hook(guided)
net(x).sum().backward()
print(plain.shape, x.grad.shape)
print(torch.allclose(plain, x.grad), (net[1](net[0](x)) > 0).sum().item())
hook.remove()
