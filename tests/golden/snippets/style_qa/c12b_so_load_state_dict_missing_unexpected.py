# Q: "Error(s) in loading state_dict": missing/unexpected keys, size mismatch, strict=False result.
import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self, hidden=4):
        super().__init__()
        self.fc1 = nn.Linear(3, hidden)
        self.fc2 = nn.Linear(hidden, 2)
    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))

torch.manual_seed(0)
a = Net()
sd = a.state_dict()
print(list(sd.keys()))
b = Net()
try:
    b.load_state_dict({k: v for k, v in sd.items() if k != 'fc2.bias'})
except RuntimeError as e:
    print(e)
try:
    b.load_state_dict({**sd, 'fc3.weight': torch.zeros(1)})
except RuntimeError as e:
    print(e)
try:
    Net(hidden=5).load_state_dict(sd)
except RuntimeError as e:
    print(e)
res = b.load_state_dict({'module.' + k: v for k, v in sd.items()}, strict=False)
print(res.missing_keys, res.unexpected_keys)
print(b.load_state_dict(sd))
print(torch.equal(a.fc1.weight, b.fc1.weight))
