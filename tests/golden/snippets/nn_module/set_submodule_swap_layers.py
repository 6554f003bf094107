import torch
import torch.nn as nn

net = nn.Sequential(nn.Sequential(nn.Linear(2, 2), nn.ReLU()), nn.Linear(2, 1))
net.set_submodule("0.1", nn.Tanh())
net.set_submodule("0.extra", nn.Identity())
print(net)
for args in [("", nn.ReLU()), ("0.1", 3), ("0.zzz", nn.ReLU(), True), ("1.weight", nn.ReLU()), ("q.r", nn.ReLU())]:
    try:
        net.set_submodule(*args)
    except Exception as e:
        print(type(e).__name__, e)
handle = net.register_forward_hook(lambda mod, inp, out: None)
print(handle.id == list(net._forward_hooks)[0])
