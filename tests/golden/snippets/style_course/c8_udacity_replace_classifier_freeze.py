# Transfer-learning pattern with a small stand-in network: freeze features, replace the classifier head.
import torch
from torch import nn, optim
from collections import OrderedDict

torch.manual_seed(0)
model = nn.Sequential(OrderedDict([
    ('features', nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 24), nn.ReLU())),
    ('classifier', nn.Linear(24, 1000)),
]))
for param in model.features.parameters():
    param.requires_grad = False
model.classifier = nn.Sequential(OrderedDict([
    ('fc1', nn.Linear(24, 12)),
    ('relu', nn.ReLU()),
    ('drop', nn.Dropout(0.2)),
    ('fc2', nn.Linear(12, 2)),
    ('output', nn.LogSoftmax(dim=1)),
]))
print(model.classifier)
criterion = nn.NLLLoss()
optimizer = optim.Adam(model.classifier.parameters(), lr=0.003)
x = torch.randn(8, 16)
y = torch.randint(0, 2, (8,))
logps = model(x)
loss = criterion(logps, y)
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(round(loss.item(), 4), logps.shape)
print(model.features[0].weight.grad, model.classifier.fc1.weight.grad.shape)
print(sum(p.numel() for p in model.parameters() if p.requires_grad), sum(p.numel() for p in model.parameters()))
