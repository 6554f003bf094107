# layers in a plain python list are not registered
import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(2, 2) for _ in range(3)]
        self.head = nn.Linear(2, 1)
    def forward(self, x):
        for l in self.layers:
            x = l(x).relu()
        return self.head(x)

torch.manual_seed(26)
net = Net()
print(len(list(net.parameters())))
net.layers = nn.ModuleList(net.layers)
print(len(list(net.parameters())))
print(net)
