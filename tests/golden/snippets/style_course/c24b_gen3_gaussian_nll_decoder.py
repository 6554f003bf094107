# Gaussian decoder likelihood with nn.GaussianNLLLoss (full and not)
import torch
import torch.nn as nn

mu = torch.tensor([[0.5, 1.0], [0.0, -1.0]])
var = torch.tensor([[0.25, 1.0], [2.0, 0.5]])
x = torch.tensor([[0.0, 1.5], [0.5, -1.0]])
print(nn.GaussianNLLLoss()(mu, x, var))
print(nn.GaussianNLLLoss(full=True, reduction="sum")(mu, x, var))
try:
    nn.GaussianNLLLoss()(mu, x, -var)
except ValueError as e:
    print("ValueError:", e)
