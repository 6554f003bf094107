# Module hooks: a forward pre-hook that edits the input, a forward hook that records, handle.remove().
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
records = []

def double_input(module, args):
    print("pre-hook on", type(module).__name__, "got", args[0].shape)
    return (args[0] * 2,)

def record(module, args, output):
    records.append((type(module).__name__, tuple(output.shape), round(output.abs().sum().item(), 4)))

h1 = net[0].register_forward_pre_hook(double_input)
handles = [m.register_forward_hook(record) for m in net]
x = torch.ones(1, 3)
y = net(x)
print(y)
for r in records:
    print(r)

h1.remove()
for h in handles:
    h.remove()
records.clear()
y2 = net(x)
print(y2, records)

def clamp_output(module, args, output):
    return output.clamp(max=0.1)

net[2].register_forward_hook(clamp_output)
print(net(x))
print(len(net[2]._forward_hooks), len(net[0]._forward_pre_hooks))
