# Freezing a backbone: requires_grad_(False), an optimizer over trainable parameters only, counts and checks.
import torch
import torch.nn as nn
from collections import OrderedDict

torch.manual_seed(0)
model = nn.Sequential(OrderedDict([
    ("backbone", nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU())),
    ("head", nn.Linear(8, 2)),
]))
model.backbone.requires_grad_(False)
trainable = [p for p in model.parameters() if p.requires_grad]
print(len(trainable), sum(p.numel() for p in trainable), sum(p.numel() for p in model.parameters()))
optimizer = torch.optim.Adam(trainable, lr=1e-2)
before = model.backbone[0].weight.clone()
x, y = torch.randn(5, 6), torch.tensor([0, 1, 1, 0, 1])
for step in range(3):
    optimizer.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    optimizer.step()
    print(step, loss.item())
print(torch.equal(before, model.backbone[0].weight), model.backbone[0].weight.grad)
print(model.head.weight.grad is not None, model.backbone)
for name, p in model.named_parameters():
    print(f"{name:22s} {str(p.requires_grad):5s} {tuple(p.shape)}")
