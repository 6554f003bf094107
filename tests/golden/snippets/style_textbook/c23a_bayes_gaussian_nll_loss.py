# Heteroscedastic regression with nn.GaussianNLLLoss (predicting a variance per point)
import torch
import torch.nn as nn

loss_fn = nn.GaussianNLLLoss()
mean = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
var = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
target = torch.tensor([1.5, 1.0, 3.0])
loss = loss_fn(mean, target, var)
loss.backward()
print(loss)
print(mean.grad, var.grad)
print(nn.GaussianNLLLoss(full=True)(mean, target, var))
try:
    loss_fn(mean, target, -var)
except ValueError as e:
    print("ValueError:", e)
