# Course CNN: Conv2d, BatchNorm2d, ReLU, pooling and a linear head trained with Adam on random images.
import torch
import torch.nn as nn

torch.manual_seed(18)
model = nn.Sequential(
    nn.Conv2d(1, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(4, 8, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 3))
xb = torch.randn(10, 1, 8, 8)
yb = torch.randint(0, 3, (10,))
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(6):
    model.train()
    loss = nn.functional.cross_entropy(model(xb), yb)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
model.eval()
with torch.no_grad():
    preds = model(xb).argmax(dim=1)
print(preds, (preds == yb).float().mean())
print(model[1].running_mean, model[1].num_batches_tracked)
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
