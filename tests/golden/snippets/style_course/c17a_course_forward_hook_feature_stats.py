# Forward hooks that record each ReLU layer's mean activation and dead fraction
import torch
from torch import nn

torch.manual_seed(37)
model = nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 12), nn.ReLU(), nn.Linear(12, 2))
stats = {}
def make_hook(name):
    def hook(module, inp, out):
        stats[name] = (round(out.mean().item(), 4), round((out == 0).float().mean().item(), 4))
    return hook
handles = [m.register_forward_hook(make_hook(n)) for n, m in model.named_modules() if isinstance(m, nn.ReLU)]
model(torch.randn(32, 6))
print(stats)
for h in handles:
    h.remove()
stats.clear()
model(torch.randn(2, 6))
print(stats, len(handles))
