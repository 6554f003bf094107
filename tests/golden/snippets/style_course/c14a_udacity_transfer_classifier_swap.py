# Udacity transfer-learning shape: freeze a "features" block, replace the classifier with an OrderedDict head,
# only classifier parameters go to Adam.
from collections import OrderedDict
import torch
from torch import nn, optim

torch.manual_seed(1488)
model = nn.Module()
model.features = nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(2), nn.Flatten())
model.classifier = nn.Linear(16, 10)
for param in model.parameters():
    param.requires_grad = False
model.classifier = nn.Sequential(OrderedDict([('fc1', nn.Linear(16, 8)), ('relu', nn.ReLU()),
                                              ('fc2', nn.Linear(8, 2)), ('output', nn.LogSoftmax(dim=1))]))
optimizer = optim.Adam(model.classifier.parameters(), lr=0.003)
x, y = torch.randn(4, 3, 6, 6), torch.tensor([0, 1, 1, 0])
for step in range(3):
    logps = model.classifier(model.features(x))
    loss = nn.NLLLoss()(logps, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(step, loss.item())
print(model.features[0].weight.grad, model.classifier.fc1.weight.grad.shape)
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
