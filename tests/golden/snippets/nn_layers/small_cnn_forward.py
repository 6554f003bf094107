import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(1, 4, kernel_size=3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(4, 8, kernel_size=3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 3),
)
x = torch.randn(2, 1, 8, 8)
out = model(x)
print(out)
loss = out.logsumexp(dim=1).mean()
loss.backward()
print(model[0].weight.grad[0, 0])
print(model[8].bias.grad)
print(model[1].running_mean)
