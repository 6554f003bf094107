# Q: "'Net' object has no attribute 'fc2'"
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 2)

    def forward(self, x):
        return self.fc2(self.fc1(x))


try:
    Net()(torch.zeros(1, 2))
except AttributeError as err:
    print("AttributeError:", err)
