# MC dropout: keep dropout on at test time and average several stochastic passes
import torch
import torch.nn as nn

torch.manual_seed(5)
net = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Dropout(0.3), nn.Linear(16, 1))
x = torch.tensor([[0.5, -0.5], [2.0, 1.0]])
net.train()
with torch.no_grad():
    preds = torch.stack([net(x) for _ in range(20)])
print(preds.shape)
mean, std = preds.mean(0), preds.std(0)
print(mean.shape, (std > 0).all())
net.eval()
with torch.no_grad():
    a, b = net(x), net(x)
print(torch.equal(a, b), net[2].p)
