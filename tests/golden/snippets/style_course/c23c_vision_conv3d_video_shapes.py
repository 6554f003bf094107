# Video clips: Conv3d and MaxPool3d shapes on (N, C, T, H, W).
import torch
import torch.nn as nn

clip = torch.zeros(2, 3, 8, 16, 16)
c3 = nn.Conv3d(3, 4, kernel_size=(3, 3, 3), padding=1)
p3 = nn.MaxPool3d((1, 2, 2))
print(c3(clip).shape, p3(c3(clip)).shape)
print(nn.Conv3d(3, 4, (1, 3, 3), stride=(1, 2, 2))(clip).shape)
print(nn.AdaptiveAvgPool3d((1, 1, 1))(clip).shape)
print(c3)
print(sum(p.numel() for p in c3.parameters()))
