# "Transfer learning": freeze a backbone, replace the head, optimise only the head, StepLR every 7 epochs.
import torch
import torch.nn as nn
from torch.optim import lr_scheduler

torch.manual_seed(0)
model_conv = nn.Sequential()
model_conv.add_module('features', nn.Sequential(nn.Conv2d(3, 8, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten()))
model_conv.add_module('fc', nn.Linear(8, 1000))
for param in model_conv.parameters():
    param.requires_grad = False
num_ftrs = model_conv.fc.in_features
model_conv.fc = nn.Linear(num_ftrs, 2)
print(model_conv)
print(sum(p.numel() for p in model_conv.parameters() if p.requires_grad))
optimizer_conv = torch.optim.SGD(model_conv.fc.parameters(), lr=0.001, momentum=0.9)
exp_lr_scheduler = lr_scheduler.StepLR(optimizer_conv, step_size=7, gamma=0.1)
criterion = nn.CrossEntropyLoss()
x, y = torch.randn(4, 3, 10, 10), torch.tensor([0, 1, 1, 0])
for epoch in range(15):
    optimizer_conv.zero_grad()
    loss = criterion(model_conv(x), y)
    loss.backward()
    optimizer_conv.step()
    exp_lr_scheduler.step()
    if epoch % 7 == 6:
        print(epoch, exp_lr_scheduler.get_last_lr(), round(loss.item(), 4))
print(model_conv.features[0].weight.grad)
_, preds = torch.max(model_conv(x), 1)
print(preds, torch.sum(preds == y.data))
