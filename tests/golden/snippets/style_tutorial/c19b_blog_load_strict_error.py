# Saving and loading: when the architecture changed in between
import torch
from torch import nn

class V1(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Linear(4, 3)
        self.head = nn.Linear(3, 1)

class V2(V1):
    def __init__(self):
        super().__init__()
        self.head = nn.Linear(3, 2)

try:
    V2().load_state_dict(V1().state_dict())
except RuntimeError as err:
    print(err)
