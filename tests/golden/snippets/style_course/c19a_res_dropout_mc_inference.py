# MC dropout: keep dropout active at test time and average stochastic passes
import torch
import torch.nn as nn
torch.manual_seed(44)
net = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Dropout(0.5), nn.Linear(16, 1))
x = torch.randn(2, 3)
net.eval()
for m in net.modules():
    if isinstance(m, nn.Dropout):
        m.train()
with torch.no_grad():
    preds = torch.stack([net(x) for _ in range(20)])
print(preds.mean(0).squeeze(), preds.std(0).squeeze())
print([m.training for m in net])
