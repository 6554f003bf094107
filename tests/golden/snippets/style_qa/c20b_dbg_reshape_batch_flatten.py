# flattening with view(-1) mixes the batch
import torch
import torch.nn as nn

torch.manual_seed(97)
imgs = torch.randn(4, 1, 3, 3)
print(imgs.view(-1).shape)
print(imgs.view(imgs.size(0), -1).shape)
print(nn.Flatten()(imgs).shape, torch.flatten(imgs, 1).shape)
fc = nn.Linear(9, 2)
fc(imgs.view(-1))
