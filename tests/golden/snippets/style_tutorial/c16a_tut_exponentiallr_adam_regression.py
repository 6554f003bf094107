# Adam with ExponentialLR on a small regression; full-precision losses
import torch
import torch.nn as nn

torch.manual_seed(1606)
xs = torch.rand(32, 1) * 4 - 2
ys = xs ** 2 - 1
net = nn.Sequential(nn.Linear(1, 16), nn.ReLU(), nn.Linear(16, 1))
optimizer = torch.optim.Adam(net.parameters(), lr=0.03)
scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.9)
for epoch in range(7):
    optimizer.zero_grad()
    loss = nn.MSELoss()(net(xs), ys)
    loss.backward()
    optimizer.step()
    scheduler.step()
    print(epoch, round(optimizer.param_groups[0]["lr"], 8), loss.item())
