# zero-ablate hidden units with a forward pre-hook on the output layer
import torch
import torch.nn as nn

torch.manual_seed(9)
net = nn.Sequential(nn.Linear(5, 4), nn.Sigmoid(), nn.Linear(4, 3))
x = torch.randn(6, 5)
y = torch.randint(0, 3, (6,))
loss_fn = nn.CrossEntropyLoss()
with torch.no_grad():
    base = loss_fn(net(x), y).item()
print("base loss", round(base, 5))
for unit in range(4):
    def ablate(mod, args, unit=unit):
        h = args[0].clone()
        h[:, unit] = 0.0
        return (h,)
    hd = net[2].register_forward_pre_hook(ablate)
    with torch.no_grad():
        l = loss_fn(net(x), y).item()
    hd.remove()
    print(unit, round(l, 5), round(l - base, 5))
