# Zero-to-mastery: two concentric "circles" made with torch, a linear model vs one with ReLU, BCEWithLogitsLoss.
import math
import torch
from torch import nn

torch.manual_seed(42)
n = 200
angles = torch.rand(n) * 2 * math.pi
radius = torch.where(torch.arange(n) < n // 2, torch.tensor(1.0), torch.tensor(0.5))
X = torch.stack([radius * torch.cos(angles), radius * torch.sin(angles)], dim=1) + 0.03 * torch.randn(n, 2)
y = (torch.arange(n) >= n // 2).float()
print(X[:3], y[:3], y[-3:])

def accuracy_fn(y_true, y_pred):
    return torch.eq(y_true, y_pred).sum().item() / len(y_pred) * 100

def train(model, epochs=200):
    loss_fn = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    for epoch in range(epochs):
        y_logits = model(X).squeeze()
        loss = loss_fn(y_logits, y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    y_pred = torch.round(torch.sigmoid(y_logits))
    return loss.item(), accuracy_fn(y, y_pred)

torch.manual_seed(42)
model_0 = nn.Sequential(nn.Linear(2, 5), nn.Linear(5, 1))
print("linear:", train(model_0))
torch.manual_seed(42)
model_1 = nn.Sequential(nn.Linear(2, 10), nn.ReLU(), nn.Linear(10, 10), nn.ReLU(), nn.Linear(10, 1))
print("relu:", train(model_1, 400))
print(model_1.state_dict()["4.bias"])
