# Q: my nn.Module errors: forward not defined (typo "foward"), wrong arguments, calling forward directly.
import torch
import torch.nn as nn

class Typo(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)
    def foward(self, x):
        return self.fc(x)

m = Typo()
try:
    m(torch.ones(1, 2))
except NotImplementedError as e:
    print('NotImplementedError', e)

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)
    def forward(self, x):
        return self.fc(x)

n = Net()
try:
    n(torch.ones(1, 2), torch.ones(1, 2))
except TypeError as e:
    print('TypeError', e)
try:
    n()
except TypeError as e:
    print('TypeError', e)
print(n.forward(torch.ones(1, 2)).shape, n.training, n.fc.in_features)

class NoInit(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(2, 1)
try:
    NoInit()
except AttributeError as e:
    print('AttributeError', e)
try:
    n.fc2
except AttributeError as e:
    print('AttributeError', e)
