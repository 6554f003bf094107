# Multi-label classification (fastai lesson): BCEWithLogits on multi-hot targets and accuracy_multi at thresholds.
import torch
import torch.nn as nn
import torch.nn.functional as F

def accuracy_multi(inp, targ, thresh=0.5, sigmoid=True):
    if sigmoid:
        inp = inp.sigmoid()
    return ((inp > thresh) == targ.bool()).float().mean()

torch.manual_seed(5)
x = torch.randn(40, 6)
targ = torch.stack([(x[:, 0] > 0), (x[:, 1] > 0.5), (x[:, 2] + x[:, 3] > 0)], 1).float()
print(targ[:4], targ.dtype, targ.sum(0))
model = nn.Linear(6, 3)
loss_func = nn.BCEWithLogitsLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(15):
    preds = model(x)
    loss = loss_func(preds, targ)
    loss.backward()
    opt.step()
    opt.zero_grad()
print(round(loss.item(), 4))
preds = model(x).detach()
for th in [0.1, 0.3, 0.5, 0.7, 0.9]:
    print(th, round(accuracy_multi(preds, targ, thresh=th).item(), 4))
xs = torch.linspace(0.05, 0.95, 29)
accs = [accuracy_multi(preds, targ, thresh=i) for i in xs]
print(xs[torch.stack(accs).argmax()])
print(F.binary_cross_entropy(preds.sigmoid(), targ), F.binary_cross_entropy_with_logits(preds, targ))
print(loss_func(preds[:2], targ[:2]))
