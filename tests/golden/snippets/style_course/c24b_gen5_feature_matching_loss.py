# feature matching: MSE between mean intermediate features of real and fake batches
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(143)
features = nn.Sequential(nn.Linear(2, 4), nn.ReLU())
real, fake = torch.randn(6, 2), torch.randn(6, 2, requires_grad=True)
loss = F.mse_loss(features(fake).mean(0), features(real).mean(0).detach())
loss.backward()
print(loss.grad_fn.name(), fake.grad.shape)
print(features[0].weight.grad is not None)
