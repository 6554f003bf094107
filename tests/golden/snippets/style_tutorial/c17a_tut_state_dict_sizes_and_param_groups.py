# What a model's and an optimizer's state_dict hold (with a BatchNorm buffer)
import torch
import torch.nn as nn

class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3)
        self.bn = nn.BatchNorm2d(2)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(torch.relu(self.bn(self.conv(x))).flatten(1))

net = TinyNet()
opt = torch.optim.Adam(net.parameters(), lr=3e-4, weight_decay=1e-5)
sd = net.state_dict()
print(type(sd).__name__, len(sd))
for key, value in sd.items():
    print(f"{key:<22} {str(tuple(value.shape)):<14} {value.dtype}")
osd = opt.state_dict()
print(osd["state"], len(osd["param_groups"]))
print({k: v for k, v in osd["param_groups"][0].items() if k != "params"})
