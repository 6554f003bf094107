# fastai's GeneralRelu (leak, subtract, clamp) and per-layer activation means/stds through forward hooks.
import torch
from torch import nn
import torch.nn.functional as F

class GeneralRelu(nn.Module):
    def __init__(self, leak=None, sub=None, maxv=None):
        super().__init__()
        self.leak, self.sub, self.maxv = leak, sub, maxv

    def forward(self, x):
        x = F.leaky_relu(x, self.leak) if self.leak is not None else F.relu(x)
        if self.sub is not None:
            x = x - self.sub
        if self.maxv is not None:
            x = x.clamp_max(self.maxv)
        return x

def get_model(act):
    layers = []
    sizes = [20, 50, 50, 50, 10]
    for i in range(len(sizes) - 1):
        layers += [nn.Linear(sizes[i], sizes[i + 1]), act()]
    return nn.Sequential(*layers[:-1])

stats = {}
def hook(name):
    def fn(mod, inp, outp):
        stats.setdefault(name, []).append((outp.mean().item(), outp.std().item()))
    return fn

torch.manual_seed(1)
for label, act in [("relu", nn.ReLU), ("general", lambda: GeneralRelu(leak=0.1, sub=0.4, maxv=6.0))]:
    model = get_model(act)
    for m in model:
        if isinstance(m, nn.Linear):
            nn.init.kaiming_normal_(m.weight, a=0.1)
            m.bias.data.zero_()
    handles = [m.register_forward_hook(hook(f"{label}{i}")) for i, m in enumerate(model) if not isinstance(m, nn.Linear)]
    x = torch.randn(256, 20)
    out = model(x)
    for h in handles:
        h.remove()
    print(label, out.shape)
for k, v in stats.items():
    print(f"{k:10s} mean {v[0][0]:.3f} std {v[0][1]:.3f}")
print(GeneralRelu(0.1, 0.4, 6.0)(torch.tensor([-10.0, -1.0, 0.0, 0.5, 10.0])))
print(F.leaky_relu(torch.tensor([-2.0, 3.0]), 0.1), len(handles))
