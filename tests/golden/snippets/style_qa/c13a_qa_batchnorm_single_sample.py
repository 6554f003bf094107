# Q: "Expected more than 1 value per channel when training" — predicting one sample with BatchNorm in train mode.
import torch
import torch.nn as nn

torch.manual_seed(22)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1))
one = torch.randn(1, 3)
try:
    model(one)
except ValueError as e:
    print("ValueError:", e)
model.eval()
print(model(one).shape)
model.train()
print(model(torch.randn(2, 3)).shape)
bn2 = nn.BatchNorm2d(2)
try:
    bn2(torch.randn(1, 2, 1, 1))
except ValueError as e:
    print("ValueError:", e)
print(bn2(torch.randn(1, 2, 2, 1)).shape)
try:
    nn.BatchNorm1d(4)(torch.randn(3, 5))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.BatchNorm1d(4)(torch.randn(4))
except ValueError as e:
    print("ValueError:", e)
