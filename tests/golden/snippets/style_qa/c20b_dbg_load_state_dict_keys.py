# loading a checkpoint saved from a differently named model
import torch
import torch.nn as nn

torch.manual_seed(31)
a = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
state = a.state_dict()
print(list(state.keys()))
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 3)
        self.fc2 = nn.Linear(3, 1)
b = Net()
result = b.load_state_dict(state, strict=False)
print(result.missing_keys)
print(result.unexpected_keys)
b.load_state_dict(state)
