# Watching gradients flow: full backward hooks on every Linear print the norm of grad_output per layer.
import torch
import torch.nn as nn

torch.manual_seed(15)
layers = [nn.Linear(8, 8) for _ in range(4)]
model = nn.Sequential(*[m for l in layers for m in (l, nn.Sigmoid())])
log = []


def hook(module, grad_input, grad_output):
    log.append((module.idx, len(grad_input), grad_output[0].shape, grad_output[0].norm().item()))


for i, l in enumerate(layers):
    l.idx = i
    l.register_full_backward_hook(hook)
x = torch.randn(3, 8)
model(x).sum().backward()
for idx, n_in, shape, norm in log:
    print(idx, n_in, tuple(shape), f"{norm:.4e}")
print([f"{l.weight.grad.norm().item():.3e}" for l in layers])
ratio = layers[0].weight.grad.norm() / layers[-1].weight.grad.norm()
print("first/last", round(ratio.item(), 3))
