# A two-layer nn.Sequential trained from a shuffled DataLoader; average loss per epoch
import torch
from torch import nn
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(1601)
features = torch.randn(24, 3)
targets = (features[:, :1] * 2 - features[:, 1:2]).tanh()
loader = DataLoader(TensorDataset(features, targets), batch_size=5, shuffle=True)

net = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
for epoch in range(4):
    total, seen = 0.0, 0
    for xb, yb in loader:
        loss = nn.functional.mse_loss(net(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
        seen += len(xb)
    print(epoch, seen, total / seen)
