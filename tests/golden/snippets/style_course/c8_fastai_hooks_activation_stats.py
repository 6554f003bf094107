# Recording per-layer activation means and stds during training with forward hooks, then removing them.
import torch
from torch import nn
from functools import partial

torch.manual_seed(11)
model = nn.Sequential(nn.Linear(20, 40), nn.ReLU(), nn.Linear(40, 40), nn.ReLU(), nn.Linear(40, 5))
x = torch.randn(128, 20)
y = torch.randint(0, 5, (128,))
act_means = [[] for _ in model]
act_stds = [[] for _ in model]

def append_stats(i, mod, inp, outp):
    act_means[i].append(outp.data.mean().item())
    act_stds[i].append(outp.data.std().item())

hooks = [m.register_forward_hook(partial(append_stats, i)) for i, m in enumerate(model)]
print(hooks[0].__class__.__name__, len(hooks))
opt = torch.optim.SGD(model.parameters(), lr=0.5, momentum=0.9)
for step in range(6):
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    opt.zero_grad()
for i, (ms, ss) in enumerate(zip(act_means, act_stds)):
    print(i, type(model[i]).__name__, [f'{v:.3f}' for v in ms[:3]], f'{ss[-1]:.3f}')
for h in hooks:
    h.remove()
model(x)
print(len(act_means[0]), round(loss.item(), 4))
