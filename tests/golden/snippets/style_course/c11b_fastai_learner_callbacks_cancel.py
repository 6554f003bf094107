# fastai-style Learner with callbacks and a CancelFitException raised from a callback.
import torch
from torch import nn

class CancelFitException(Exception):
    pass

class Callback:
    order = 0

class MetricsCB(Callback):
    def before_epoch(self, learn):
        self.losses = []
    def after_batch(self, learn):
        self.losses.append(learn.loss.item())
    def after_epoch(self, learn):
        print(f"epoch {learn.epoch}: {sum(self.losses) / len(self.losses):.4f}")

class StopAfterCB(Callback):
    order = 1
    def __init__(self, max_batches):
        self.max_batches, self.n = max_batches, 0
    def after_batch(self, learn):
        self.n += 1
        if self.n >= self.max_batches:
            raise CancelFitException()

class Learner:
    def __init__(self, model, xs, ys, lr, cbs):
        self.model, self.xs, self.ys, self.lr = model, xs, ys, lr
        self.cbs = sorted(cbs, key=lambda c: c.order)
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
    def callback(self, name):
        for cb in self.cbs:
            method = getattr(cb, name, None)
            if method is not None:
                method(self)
    def fit(self, n_epochs, bs=16):
        try:
            for self.epoch in range(n_epochs):
                self.callback("before_epoch")
                for i in range(0, len(self.xs), bs):
                    self.loss = nn.functional.mse_loss(self.model(self.xs[i:i + bs]), self.ys[i:i + bs])
                    self.loss.backward()
                    self.opt.step()
                    self.opt.zero_grad()
                    self.callback("after_batch")
                self.callback("after_epoch")
        except CancelFitException:
            print("cancelled at epoch", self.epoch)

torch.manual_seed(1)
xs = torch.randn(64, 3)
ys = xs @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.3
learn = Learner(nn.Linear(3, 1), xs, ys, 0.1, [StopAfterCB(10), MetricsCB()])
learn.fit(5)
print([round(v, 3) for v in learn.model.weight.detach().flatten().tolist()])
