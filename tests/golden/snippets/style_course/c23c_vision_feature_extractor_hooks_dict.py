# Collecting intermediate activations into a dict by module name with a reusable hook factory.
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential()
net.add_module("stem", nn.Conv2d(1, 2, 3, padding=1))
net.add_module("act", nn.ReLU())
net.add_module("pool", nn.AvgPool2d(2))
acts = {}

def keep(name):
    def hook(module, inputs, output):
        acts[name] = output.detach()
    return hook

for name, module in net.named_modules():
    if name:
        module.register_forward_hook(keep(name))
net(torch.randn(1, 1, 4, 4))
print({k: tuple(v.shape) for k, v in acts.items()})
print((acts["act"] >= 0).all().item(), acts["pool"].requires_grad)
print(net._forward_hooks, len(net.stem._forward_hooks))
