import torch
import torch.nn as nn

torch.manual_seed(9)
net = nn.Sequential(nn.Linear(4, 6), nn.Tanh(), nn.Linear(6, 6), nn.Tanh(), nn.Linear(6, 1))
stats = {}


def fwd_hook(name):
    def hook(module, inp, out):
        stats[name] = (out.mean().item(), out.std().item())
    return hook


def bwd_hook(module, grad_input, grad_output):
    print(type(module).__name__, "grad_output norm %.6f" % grad_output[0].norm().item())


for name, m in net.named_children():
    m.register_forward_hook(fwd_hook(name))
    if isinstance(m, nn.Linear):
        m.register_full_backward_hook(bwd_hook)

x = torch.randn(10, 4)
loss = net(x).pow(2).mean()
loss.backward()
for k, (mu, sd) in stats.items():
    print(f"layer {k}: mean={mu:+.5f} std={sd:.5f}")
