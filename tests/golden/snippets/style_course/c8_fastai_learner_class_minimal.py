# A minimal Learner (model, dataloaders, loss, optimizer) with fit() and per-epoch metrics, fastai style.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

class Learner:
    def __init__(self, model, dls, loss_func, lr, opt_func=torch.optim.SGD):
        self.model, self.dls, self.loss_func = model, dls, loss_func
        self.opt = opt_func(model.parameters(), lr=lr)

    def one_batch(self, xb, yb, train):
        preds = self.model(xb)
        loss = self.loss_func(preds, yb)
        if train:
            loss.backward()
            self.opt.step()
            self.opt.zero_grad()
        return loss.item() * len(xb), (preds.argmax(1) == yb).sum().item()

    def one_epoch(self, train):
        self.model.train(train)
        dl = self.dls[0] if train else self.dls[1]
        with torch.set_grad_enabled(train):
            totals = [self.one_batch(xb, yb, train) for xb, yb in dl]
        n = len(dl.dataset)
        return sum(t[0] for t in totals) / n, sum(t[1] for t in totals) / n

    def fit(self, n_epochs):
        for epoch in range(n_epochs):
            tl, _ = self.one_epoch(True)
            vl, acc = self.one_epoch(False)
            print(f"{epoch} train {tl:.4f} valid {vl:.4f} acc {acc:.3f}")

torch.manual_seed(0)
x = torch.randn(120, 5)
y = (x[:, 0] + x[:, 1] > 0).long()
dls = (DataLoader(TensorDataset(x[:90], y[:90]), batch_size=30, shuffle=True),
       DataLoader(TensorDataset(x[90:], y[90:]), batch_size=30))
learn = Learner(nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 2)), dls, nn.functional.cross_entropy, lr=0.5)
learn.fit(3)
print(learn.model.training, torch.is_grad_enabled())
