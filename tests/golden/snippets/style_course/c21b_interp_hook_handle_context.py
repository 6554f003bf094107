# a learner wraps hook registration in a context manager so hooks never leak
import contextlib
import torch
from torch import nn

@contextlib.contextmanager
def capture(module):
    saved = []
    handle = module.register_forward_hook(lambda m, i, o: saved.append(o))
    try:
        yield saved
    finally:
        handle.remove()

torch.manual_seed(3)
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
with capture(net[1]) as acts:
    net(torch.ones(2, 3))
    net(torch.zeros(2, 3))
print(len(acts))
print(acts[0])
print(acts[1])
print(acts[0].grad_fn.name())
net(torch.ones(1, 3))
print(len(acts), net[1]._forward_hooks)
