# Wrong in_features after flattening a batch of 3x5 inputs
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Flatten(), nn.Linear(12, 4), nn.ReLU(), nn.Linear(4, 2))
print(net)
x = torch.randn(6, 3, 5)
print(nn.Flatten()(x).shape)
try:
    net(x)
except RuntimeError as err:
    print(f"Oops: {err}")
net[1] = nn.Linear(15, 4)
print(net(x).shape)
torch.matmul(torch.ones(2, 3), torch.ones(2, 3))
