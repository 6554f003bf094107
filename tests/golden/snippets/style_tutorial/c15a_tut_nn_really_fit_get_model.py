# "What is torch.nn really": a fit() loop with a validation pass and a weighted average of batch losses
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn, optim
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(210)
feats = torch.randn(48, 6)
cls = (feats[:, 0] * 2 - feats[:, 1] > 0).long()
train_loader = DataLoader(TensorDataset(feats[:36], cls[:36]), batch_size=12, shuffle=True)
valid_loader = DataLoader(TensorDataset(feats[36:], cls[36:]), batch_size=24)

def build():
    net = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 2))
    return net, optim.SGD(net.parameters(), lr=0.2, momentum=0.9)

def batch_loss(net, xb, yb, opt=None):
    l = F.cross_entropy(net(xb), yb)
    if opt:
        l.backward()
        opt.step()
        opt.zero_grad()
    return l.item(), len(xb)

net, opt = build()
for ep in range(4):
    net.train()
    for xb, yb in train_loader:
        batch_loss(net, xb, yb, opt)
    net.eval()
    with torch.no_grad():
        vals, counts = zip(*[batch_loss(net, xb, yb) for xb, yb in valid_loader])
    print(ep, np.sum(np.multiply(vals, counts)) / np.sum(counts))
