# fast.ai-like Learner: callbacks called by name on events, in order, with a CancelEpoch exception.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import TensorDataset, DataLoader

class CancelFitException(Exception): pass
class CancelEpochException(Exception): pass

class Callback:
    order = 0
class LogCB(Callback):
    order = 1
    def before_fit(self, learn): print('before_fit', len(learn.dl))
    def after_epoch(self, learn): print(f'epoch {learn.epoch} loss {learn.loss.item():.4f}')
class StopAfterCB(Callback):
    order = 2
    def __init__(self, n): self.n = n
    def after_batch(self, learn):
        if learn.iter >= self.n: raise CancelEpochException()

class Learner:
    def __init__(self, model, dl, lr, cbs):
        self.model, self.dl, self.lr = model, dl, lr
        self.cbs = sorted(cbs, key=lambda c: c.order)
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
    def callback(self, name):
        for cb in self.cbs:
            f = getattr(cb, name, None)
            if f is not None: f(self)
    def one_epoch(self):
        for self.iter, (xb, yb) in enumerate(self.dl):
            self.loss = F.cross_entropy(self.model(xb), yb)
            self.loss.backward()
            self.opt.step()
            self.opt.zero_grad()
            self.callback('after_batch')
    def fit(self, n_epochs):
        self.callback('before_fit')
        for self.epoch in range(n_epochs):
            try:
                self.one_epoch()
            except CancelEpochException:
                print('  epoch cancelled at iter', self.iter)
            self.callback('after_epoch')

torch.manual_seed(3)
X = torch.randn(64, 6)
y = (X[:, 0] + X[:, 1] > 0).long()
dl = DataLoader(TensorDataset(X, y), batch_size=16, shuffle=True)
model = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 2))
learn = Learner(model, dl, 0.2, [StopAfterCB(2), LogCB()])
learn.fit(3)
print([type(c).__name__ for c in learn.cbs])
with torch.no_grad():
    acc = (model(X).argmax(1) == y).float().mean()
print(f'accuracy {acc:.4f}')
