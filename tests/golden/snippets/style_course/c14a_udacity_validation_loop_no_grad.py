# Udacity-style evaluation helper: a validation() function returning loss and accuracy sums over a loader,
# called between training steps with eval()/train() around it.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def validation(net, loader, crit):
    loss_sum, acc_sum = 0.0, 0.0
    for xb, yb in loader:
        out = net(xb)
        loss_sum += crit(out, yb).item()
        probs = out.exp()
        acc_sum += (yb.data == probs.max(dim=1)[1]).type(torch.FloatTensor).mean()
    return loss_sum, acc_sum


torch.manual_seed(1487)
net = nn.Sequential(nn.Linear(10, 16), nn.ReLU(), nn.Dropout(0.3), nn.Linear(16, 4), nn.LogSoftmax(dim=1))
crit = nn.NLLLoss()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
val_loader = DataLoader(TensorDataset(torch.randn(20, 10), torch.randint(0, 4, (20,))), batch_size=8)
xb, yb = torch.randn(16, 10), torch.randint(0, 4, (16,))
for step in range(3):
    opt.zero_grad()
    crit(net(xb), yb).backward()
    opt.step()
    net.eval()
    with torch.no_grad():
        vl, va = validation(net, val_loader, crit)
    net.train()
    print(f"step {step} val loss {vl / len(val_loader):.4f} val acc {va / len(val_loader):.4f}", va)
