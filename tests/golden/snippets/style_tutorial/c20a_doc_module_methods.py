# nn.Module methods: named_modules, children, apply, register_buffer, state_dict keys
import torch
import torch.nn as nn

@torch.no_grad()
def init_weights(m):
    if type(m) is nn.Linear:
        m.weight.fill_(1.0)
        print(m.weight)

net = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 2))
net.apply(init_weights)
for idx, m in enumerate(net.named_modules()):
    print(idx, '->', m)
print(list(net.children()))
net.register_buffer("running", torch.zeros(2))
print(list(net.state_dict().keys()))
print(net.get_submodule("1"))
