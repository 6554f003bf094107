# fastai-style Learner with callbacks: before_fit / after_batch hooks, a metric callback and CancelFitException.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

class CancelFitException(Exception):
    pass

class Callback:
    order = 0

class MetricsCB(Callback):
    def before_epoch(self, learn):
        self.losses, self.correct, self.count = [], 0, 0
    def after_batch(self, learn):
        self.losses.append(learn.loss.item())
        self.correct += (learn.preds.argmax(1) == learn.yb).sum().item()
        self.count += len(learn.yb)
    def after_epoch(self, learn):
        print(f"epoch {learn.epoch}: loss {sum(self.losses)/len(self.losses):.4f} acc {self.correct/self.count:.3f}")

class StopAfterCB(Callback):
    order = 1
    def __init__(self, max_iters):
        self.max_iters = max_iters
    def before_fit(self, learn):
        self.n = 0
    def after_batch(self, learn):
        self.n += 1
        if self.n >= self.max_iters:
            raise CancelFitException()

class Learner:
    def __init__(self, model, dl, loss_func, lr, cbs):
        self.model, self.dl, self.loss_func, self.lr = model, dl, loss_func, lr
        self.cbs = sorted(cbs, key=lambda c: c.order)
    def callback(self, name):
        for cb in self.cbs:
            method = getattr(cb, name, None)
            if method is not None:
                method(self)
    def fit(self, n_epochs):
        self.opt = torch.optim.SGD(self.model.parameters(), lr=self.lr)
        try:
            self.callback("before_fit")
            for self.epoch in range(n_epochs):
                self.callback("before_epoch")
                for self.xb, self.yb in self.dl:
                    self.preds = self.model(self.xb)
                    self.loss = self.loss_func(self.preds, self.yb)
                    self.loss.backward()
                    self.opt.step()
                    self.opt.zero_grad()
                    self.callback("after_batch")
                self.callback("after_epoch")
        except CancelFitException:
            print("cancelled at epoch", self.epoch)

torch.manual_seed(42)
x = torch.randn(64, 4)
y = (x.sum(1) > 0).long()
dl = DataLoader(TensorDataset(x, y), batch_size=16)
learn = Learner(nn.Sequential(nn.Linear(4, 10), nn.ReLU(), nn.Linear(10, 2)), dl, nn.CrossEntropyLoss(), 0.2,
                [StopAfterCB(10), MetricsCB()])
learn.fit(5)
print([type(c).__name__ for c in learn.cbs], learn.loss)
