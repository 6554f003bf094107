# CNN on random images: the in_features you guessed is wrong
import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Conv2d(3, 8, 5), nn.ReLU(), nn.MaxPool2d(2))
head = nn.Linear(8 * 5 * 5, 10)
batch = torch.randn(2, 3, 32, 32)
feats = backbone(batch)
print("feature map:", tuple(feats.shape))
try:
    head(feats.view(feats.size(0), -1))
except RuntimeError as err:
    print("Oops:", err)
print("needed in_features =", feats[0].numel())
