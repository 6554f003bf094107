# Hooks as introduced in the tutorials: a tensor hook that rescales a gradient, a forward hook
# recording activations, and a full backward hook on a module.
import torch
import torch.nn as nn

torch.manual_seed(29)
net = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1))
activations = {}

def save_output(name):
    def hook(module, inputs, output):
        activations[name] = output.detach()
    return hook

h1 = net[1].register_forward_hook(save_output('tanh'))
def show_grads(module, grad_input, grad_output):
    print('backward', type(module).__name__, grad_output[0].shape, grad_input[0])
h2 = net[2].register_full_backward_hook(show_grads)
x = torch.randn(2, 4, requires_grad=True)
hidden = net[0](x)
hidden.register_hook(lambda g: g * 10)
out = net[2](net[1](hidden)).sum()
out.backward()
print(activations['tanh'])
print(x.grad)
h1.remove()
h2.remove()
net(x).sum().backward()
print(len(activations), net[0].bias.grad)
