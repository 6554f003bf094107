# Per-epoch log line with train loss, valid loss and accuracy
import torch
from torch import nn

torch.manual_seed(3)
X = torch.randn(120, 4)
y = (X @ torch.tensor([1.0, -1.0, 0.5, 2.0]) > 0).long()
Xtr, Xva, ytr, yva = X[:90], X[90:], y[:90], y[90:]
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.SGD(net.parameters(), lr=0.2, momentum=0.9)
crit = nn.CrossEntropyLoss()
for epoch in range(1, 9):
    opt.zero_grad()
    tl = crit(net(Xtr), ytr)
    tl.backward()
    opt.step()
    with torch.no_grad():
        out = net(Xva)
        vl = crit(out, yva)
        acc = (out.argmax(1) == yva).float().mean()
    print(f"epoch {epoch:02d} | train_loss {tl:.4f} | valid_loss {vl:.4f} | valid_acc {acc:.3f}")
