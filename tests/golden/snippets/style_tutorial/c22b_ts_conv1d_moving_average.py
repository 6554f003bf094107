import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 3.0, 2.0, 6.0, 4.0, 8.0, 5.0]).view(1, 1, -1)
kernel = torch.full((1, 1, 3), 1 / 3)
print(F.conv1d(x, kernel))
print(F.avg_pool1d(x, 3, stride=1))
print(F.conv1d(x, kernel, padding=1).shape)
print(F.conv1d(x, kernel, padding="same"))
print(x.unfold(2, 3, 1).mean(-1))
