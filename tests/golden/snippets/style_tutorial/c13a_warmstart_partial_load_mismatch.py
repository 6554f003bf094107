# Warm-starting from a different model: strict=False handles missing/extra keys but not shape mismatches.
import torch
import torch.nn as nn


class NetA(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.fc1 = nn.Linear(16, 10)


class NetB(nn.Module):
    def __init__(self, classes):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.fc1 = nn.Linear(16, classes)
        self.fc2 = nn.Linear(classes, 2)


torch.manual_seed(53)
a = NetA()
print(NetB(10).load_state_dict(a.state_dict(), strict=False))
try:
    NetB(4).load_state_dict(a.state_dict(), strict=False)
except RuntimeError as e:
    print(e)
b = NetB(4)
own = b.state_dict()
compatible = {k: v for k, v in a.state_dict().items() if k in own and v.shape == own[k].shape}
print(sorted(compatible))
own.update(compatible)
print(b.load_state_dict(own))
print(torch.equal(b.conv1.weight, a.conv1.weight), torch.equal(b.fc1.bias, a.fc1.bias[:4]))
