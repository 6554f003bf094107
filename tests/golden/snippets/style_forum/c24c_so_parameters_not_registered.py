# Q: optimizer got an empty parameter list (layers stored in a python list)
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(2, 2), nn.Linear(2, 1)]


class Fixed(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(2, 2), nn.Linear(2, 1)])


print(len(list(Net().parameters())))
try:
    torch.optim.Adam(Net().parameters())
except ValueError as e:
    print("ValueError:", e)
print(len(list(Fixed().parameters())), Fixed())
