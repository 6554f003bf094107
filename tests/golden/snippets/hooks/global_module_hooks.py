import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
seen = []
h1 = nn.modules.module.register_module_forward_pre_hook(lambda m, args: seen.append(("pre", type(m).__name__)))
h2 = nn.modules.module.register_module_forward_hook(lambda m, args, out: seen.append(("fwd", type(m).__name__, tuple(out.shape))))
h3 = nn.modules.module.register_module_full_backward_hook(
    lambda m, gin, gout: seen.append(("bwd", type(m).__name__, [None if g is None else tuple(g.shape) for g in gin])))
net(torch.ones(4, 2, requires_grad=True)).sum().backward()
for item in seen:
    print(item)
for h in (h1, h2, h3):
    h.remove()
seen.clear()
net(torch.ones(1, 2))
print(seen, type(h1).__name__)
print(torch.autograd.grad_mode.no_grad is torch.no_grad, torch.autograd.grad_mode.set_grad_enabled is torch.set_grad_enabled)
try:
    nn.modules.module.no_such_hook
except AttributeError as e:
    print("AttributeError:", e)
