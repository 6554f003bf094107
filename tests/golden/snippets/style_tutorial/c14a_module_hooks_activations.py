# Hooks: capture activations with forward hooks, inspect grad_output with full backward hooks, scale a tensor's grad.
import torch
import torch.nn as nn

torch.manual_seed(35)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
activation = {}


def get_activation(name):
    def hook(model, input, output):
        activation[name] = output.detach()
    return hook


h1 = model[0].register_forward_hook(get_activation("fc1"))
h2 = model[2].register_full_backward_hook(lambda m, gi, go: print("backward", [g.shape for g in go], gi[0].shape))
x = torch.randn(5, 3, requires_grad=True)
x.register_hook(lambda g: g * 10)
out = model(x)
print(activation["fc1"])
out.sum().backward()
print(x.grad)
h1.remove()
h2.remove()
activation.clear()
model(x).sum().backward()
print(activation, x.grad.shape)
