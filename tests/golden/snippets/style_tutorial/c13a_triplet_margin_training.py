# Metric learning with nn.TripletMarginLoss: anchors, positives (same cluster) and negatives; loss per step.
import torch
import torch.nn as nn

torch.manual_seed(75)
centers = torch.randn(3, 4) * 3
def sample(c, n):
    return centers[c] + 0.3 * torch.randn(n, 4)
anchor, positive, negative = sample(0, 6), sample(0, 6), sample(torch.tensor([1, 2, 1, 2, 1, 2]), 6)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
loss_fn = nn.TripletMarginLoss(margin=1.0, p=2)
opt = torch.optim.SGD(net.parameters(), lr=0.05)
for step in range(6):
    opt.zero_grad()
    loss = loss_fn(net(anchor), net(positive), net(negative))
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.5f}")
with torch.no_grad():
    d_pos = (net(anchor) - net(positive)).norm(dim=1)
    d_neg = (net(anchor) - net(negative)).norm(dim=1)
print((d_pos < d_neg).tolist())
print(nn.TripletMarginLoss(margin=0.5, swap=True)(anchor, positive, negative))
