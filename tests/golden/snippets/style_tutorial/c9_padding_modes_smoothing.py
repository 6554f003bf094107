# Padding modes with F.pad (constant, reflect, replicate, circular) and a moving-average conv1d smoother.
import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.arange(1.0, 6.0).reshape(1, 1, 5)
for mode in ("constant", "reflect", "replicate", "circular"):
    print(mode, F.pad(x, (2, 2), mode=mode))
img = torch.arange(9.0).reshape(1, 1, 3, 3)
print(F.pad(img, (1, 1, 1, 1), mode="reflect"))
print(nn.ReflectionPad2d(1)(img).shape, nn.ReplicationPad1d((0, 3))(x), nn.ZeroPad2d((1, 0, 0, 1))(img))
torch.manual_seed(0)
signal = torch.sin(torch.linspace(0, 6.28, 20)) + 0.3 * torch.randn(20)
kernel = torch.full((1, 1, 5), 1 / 5)
smooth = F.conv1d(F.pad(signal.view(1, 1, -1), (2, 2), mode="replicate"), kernel).view(-1)
print(signal)
print(smooth)
conv = nn.Conv1d(1, 1, 5, padding=2, padding_mode="reflect", bias=False)
with torch.no_grad():
    conv.weight.fill_(0.2)
print(conv(signal.view(1, 1, -1)).view(-1))
try:
    F.pad(x, (5, 5), mode="reflect")
except RuntimeError as e:
    print("RuntimeError:", e)
