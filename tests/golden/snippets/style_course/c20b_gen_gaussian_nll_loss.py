# heteroscedastic regression with nn.GaussianNLLLoss
import torch
import torch.nn as nn

torch.manual_seed(78)
mean = torch.randn(4, 1, requires_grad=True)
var = torch.rand(4, 1) + 0.1
target = torch.randn(4, 1)
loss = nn.GaussianNLLLoss()(mean, target, var)
by_hand = 0.5 * (var.log() + (mean - target) ** 2 / var).mean()
print(loss, by_hand)
loss.backward()
print(mean.grad)
print(nn.GaussianNLLLoss(full=True)(mean, target, var))
