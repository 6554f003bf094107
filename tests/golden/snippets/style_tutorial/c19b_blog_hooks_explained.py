# PyTorch hooks explained: peeking at activations and gradients
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
activations = {}
def save_act(name):
    def hook(module, inp, out):
        activations[name] = out.detach()
    return hook
net[1].register_forward_hook(save_act("relu"))
grads = []
h = net[0].weight.register_hook(lambda g: grads.append(g.norm().item()))
out = net(torch.randn(2, 3))
out.sum().backward()
print(activations["relu"])
print(f"grad norm of first weight: {grads[0]:.6f}")
h.remove()
net(torch.randn(2, 3)).sum().backward()
print(len(grads))
