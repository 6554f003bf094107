# Q: "Error(s) in loading state_dict": missing/unexpected keys and how strict=False reports them.
import torch
import torch.nn as nn

torch.manual_seed(0)

class Small(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4)
        self.fc2 = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))

class Bigger(Small):
    def __init__(self):
        super().__init__()
        self.fc3 = nn.Linear(2, 2)

src = Small()
sd = src.state_dict()
print(list(sd.keys()))
dst = Bigger()
try:
    dst.load_state_dict(sd)
except RuntimeError as e:
    print("RuntimeError:", e)
result = dst.load_state_dict(sd, strict=False)
print(result)
print(result.missing_keys, result.unexpected_keys)
wrapped = nn.Sequential(src)
try:
    Small().load_state_dict(wrapped.state_dict())
except RuntimeError as e:
    print("RuntimeError:", e)
fixed = {k.replace('0.', '', 1): v for k, v in wrapped.state_dict().items()}
print(Small().load_state_dict(fixed))
