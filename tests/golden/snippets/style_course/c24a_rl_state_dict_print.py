# Printing a tiny Q-network's state_dict and its keys
import torch
import torch.nn as nn

torch.manual_seed(16)
class QNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)
        self.head = nn.Linear(2, 1, bias=False)
        self.register_buffer('steps', torch.tensor(0))
    def forward(self, x):
        return self.head(torch.relu(self.fc(x)))
net = QNet()
sd = net.state_dict()
print(list(sd.keys()))
print(sd)
print(type(sd).__name__)
net.steps += 1
print(net.state_dict()['steps'])
