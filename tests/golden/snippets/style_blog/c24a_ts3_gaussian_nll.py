# Probabilistic forecasts: Gaussian NLL with predicted variance
import torch
import torch.nn as nn

mu = torch.tensor([1.0, 2.0, 0.5], requires_grad=True)
var = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
y = torch.tensor([1.2, 1.0, 0.0])
crit = nn.GaussianNLLLoss()
print(crit)
loss = crit(mu, y, var)
print(loss)
loss.backward()
print(mu.grad, var.grad)
print(nn.GaussianNLLLoss(full=True, reduction='sum')(mu, y, var))
try:
    crit(mu, y, torch.tensor([0.5, -1.0, 1.0]))
except ValueError as e:
    print(e)
