# Build your first neural net: subclassing nn.Module
import torch
import torch.nn as nn
import torch.nn.functional as F

class Net(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.fc1 = nn.Linear(n_in, n_hidden)
        self.fc2 = nn.Linear(n_hidden, n_out)
        self.dropout = nn.Dropout(0.2)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        return self.fc2(self.dropout(x))

torch.manual_seed(0)
net = Net(4, 8, 3)
print(net)
print(net(torch.randn(2, 4)).shape)
print(f"{sum(p.numel() for p in net.parameters())} parameters")
print([n for n, _ in net.named_children()])
