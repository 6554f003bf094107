# model.apply(init_fn) over a CNN: count which layers the function touched.
import torch
import torch.nn as nn

net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU(), nn.Sequential(nn.Conv2d(2, 2, 1), nn.GroupNorm(1, 2)), nn.Flatten())
seen = []
def init(m):
    seen.append(type(m).__name__)
    if isinstance(m, nn.Conv2d):
        nn.init.ones_(m.weight)
        nn.init.zeros_(m.bias)
    elif isinstance(m, (nn.BatchNorm2d, nn.GroupNorm)):
        nn.init.constant_(m.weight, 0.5)
print(net.apply(init) is net)
print(seen)
print(net[3][1].weight, net[0].weight.sum())
print(sum(isinstance(m, nn.Conv2d) for m in net.modules()))
