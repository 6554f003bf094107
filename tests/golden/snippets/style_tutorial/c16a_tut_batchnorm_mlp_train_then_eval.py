# An MLP with BatchNorm1d: train a few steps, then evaluate with running statistics
import torch
from torch import nn

torch.manual_seed(1625)
clf = nn.Sequential(nn.Linear(3, 5), nn.BatchNorm1d(5), nn.ReLU(), nn.Linear(5, 1))
opt = torch.optim.SGD(clf.parameters(), lr=0.05, momentum=0.5)
X = torch.randn(16, 3) * 2 + 1
y = X[:, :2].prod(dim=1, keepdim=True)
for step in range(4):
    loss = nn.functional.l1_loss(clf(X), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
print(clf[1].running_mean)
print(clf[1].running_var)
clf.eval()
with torch.no_grad():
    print(clf(X[:3]).squeeze(1))
