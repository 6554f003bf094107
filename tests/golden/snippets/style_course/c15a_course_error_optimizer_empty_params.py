# Course pitfall: layers kept in a plain list, so model.parameters() is empty
import torch
import torch.nn as nn

class StackedNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(3, 3), nn.Linear(3, 1)]

    def forward(self, x):
        for lin in self.layers:
            x = lin(x)
        return x

stacked = StackedNet()
print(stacked)
print(len(list(stacked.parameters())))
try:
    torch.optim.SGD(stacked.parameters(), lr=0.1)
except ValueError as e:
    print("ValueError:", e)
stacked.layers = nn.ModuleList(stacked.layers)
print(len(list(stacked.parameters())), stacked)
torch.optim.Adam([], lr=0.1)
