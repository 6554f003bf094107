import torch
from torch import nn

layer = nn.Linear(2, 2)
try:
    layer.weight = torch.zeros(2, 2)
except TypeError as e:
    print("TypeError", e)
try:
    layer.nothing_here
except AttributeError as e:
    print("AttributeError", e)


class Forgot(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(2, 2)


try:
    Forgot()
except AttributeError as e:
    print("AttributeError", e)


class NoForward(nn.Module):
    pass


NoForward()(torch.ones(1))
