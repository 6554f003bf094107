# squeeze and unsqueeze, and what view(-1) does to a batch of one.
import torch

x = torch.zeros(1, 3, 1, 2)
print(x.squeeze().shape, x.squeeze(0).shape, x.squeeze(2).shape)
print(x.squeeze(1).shape)
y = torch.arange(3)
print(y.unsqueeze(0).shape, y.unsqueeze(1).shape, y[None, :, None].shape)
print(torch.zeros(1, 5).view(-1).shape, torch.zeros(1, 1).squeeze().shape)
