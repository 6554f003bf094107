# Order of module forward pre-hooks, forward hooks and backward hooks in a Sequential.
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 2), nn.Tanh())
log = []
for i, m in enumerate(net):
    m.register_forward_pre_hook(lambda mod, inp, i=i: log.append(f"pre{i}"))
    m.register_forward_hook(lambda mod, inp, out, i=i: log.append(f"fwd{i}"))
    m.register_full_backward_pre_hook(lambda mod, go, i=i: log.append(f"bpre{i}"))
    m.register_full_backward_hook(lambda mod, gi, go, i=i: log.append(f"bwd{i}"))
net(torch.ones(1, 2, requires_grad=True)).sum().backward()
print(log)
