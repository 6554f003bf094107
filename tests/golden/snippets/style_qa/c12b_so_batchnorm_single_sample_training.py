# Q: "Expected more than 1 value per channel when training" with batch size 1 - eval() or bigger batches.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU())
try:
    model(torch.randn(1, 3))
except ValueError as e:
    print(type(e).__name__, e)
model.eval()
print(model(torch.randn(1, 3)).shape)
model.train()
print(model(torch.randn(2, 3)).shape)
bn2 = nn.BatchNorm2d(2)
print(bn2(torch.randn(1, 2, 2, 2)).shape)
try:
    bn2(torch.randn(1, 2, 1, 1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    nn.BatchNorm1d(4)(torch.randn(3, 5))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    nn.BatchNorm2d(4)(torch.randn(3, 4))
except ValueError as e:
    print(type(e).__name__, e)
print(model[1].num_batches_tracked, model[1].running_mean.shape)
