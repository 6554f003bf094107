# fast.ai style: a minimal Learner with fit/one_batch, a seeded shuffling DataLoader and an accuracy metric.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
n = 64
x = torch.randn(n, 2)
y = ((x[:, 0] * x[:, 1]) > 0).long()
train_ds = TensorDataset(x[:48], y[:48])
valid_ds = TensorDataset(x[48:], y[48:])
g = torch.Generator().manual_seed(1)
train_dl = DataLoader(train_ds, batch_size=16, shuffle=True, generator=g)
valid_dl = DataLoader(valid_ds, batch_size=16)

def accuracy(out, yb):
    return (out.argmax(dim=1) == yb).float().mean()

class Learner:
    def __init__(self, model, dls, loss_func, lr, opt_func=torch.optim.SGD):
        self.model, self.dls, self.loss_func = model, dls, loss_func
        self.opt = opt_func(model.parameters(), lr=lr)
    def one_batch(self, xb, yb, train):
        out = self.model(xb)
        loss = self.loss_func(out, yb)
        if train:
            loss.backward()
            self.opt.step()
            self.opt.zero_grad()
        return loss.item() * len(xb), accuracy(out, yb).item() * len(xb), len(xb)
    def one_epoch(self, train):
        self.model.train(train)
        dl = self.dls[0] if train else self.dls[1]
        with torch.set_grad_enabled(train):
            tot = [sum(t) for t in zip(*[self.one_batch(xb, yb, train) for xb, yb in dl])]
        return tot[0] / tot[2], tot[1] / tot[2]
    def fit(self, n_epochs):
        for epoch in range(n_epochs):
            tl, ta = self.one_epoch(True)
            vl, va = self.one_epoch(False)
            print(epoch, f"{tl:.4f}", f"{ta:.3f}", f"{vl:.4f}", f"{va:.3f}")

model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2))
learn = Learner(model, (train_dl, valid_dl), nn.CrossEntropyLoss(), lr=0.5)
learn.fit(4)
print(model.training, learn.opt.param_groups[0]["lr"])
