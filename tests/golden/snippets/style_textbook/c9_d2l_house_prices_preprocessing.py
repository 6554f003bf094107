# Kaggle-style preprocessing on synthetic house data: standardise numeric columns, fill missing with 0,
# one-hot encode a categorical column, then a log-rmse baseline with a linear model.
import torch
from torch import nn

torch.manual_seed(0)
n = 40
area = torch.rand(n) * 200 + 50
rooms = torch.randint(1, 6, (n,)).float()
age = torch.rand(n) * 50
age[torch.randperm(n)[:6]] = float("nan")
zone = torch.randint(0, 3, (n,))
price = 1000 * area + 20000 * rooms - 500 * torch.nan_to_num(age, nan=25.0) + 30000 * zone + 5000 * torch.randn(n)
numeric = torch.stack([area, rooms, age], dim=1)
mean = torch.nanmean(numeric, dim=0)
std = torch.sqrt(torch.nanmean((numeric - mean) ** 2, dim=0))
numeric = (numeric - mean) / std
numeric = torch.nan_to_num(numeric, nan=0.0)
print(mean, std)
print(numeric[:3])
features = torch.cat([numeric, nn.functional.one_hot(zone, 3).float()], dim=1)
print(features.shape, features[:2])
labels = price.reshape(-1, 1)

def log_rmse(net, features, labels):
    clipped_preds = torch.clamp(net(features), 1, float("inf"))
    rmse = torch.sqrt(nn.MSELoss()(torch.log(clipped_preds), torch.log(labels)))
    return rmse.item()

net = nn.Linear(features.shape[1], 1)
opt = torch.optim.Adam(net.parameters(), lr=5000.0)
for epoch in range(50):
    opt.zero_grad()
    nn.MSELoss()(net(features), labels).backward()
    opt.step()
print(f"log rmse {log_rmse(net, features, labels):.4f}")
print(torch.isnan(age).sum(), torch.nanmean(age))
