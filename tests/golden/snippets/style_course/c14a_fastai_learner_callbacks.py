# fast.ai-style callbacks: a tiny Learner with before/after hooks, a recorder and a one-cycle-like lr schedule.
import math
import torch
import torch.nn.functional as F


class Recorder:
    def __init__(self): self.lrs, self.losses = [], []
    def after_batch(self, learn): self.lrs.append(learn.lr); self.losses.append(learn.loss.item())


class CosineLR:
    def __init__(self, lr_max, total): self.lr_max, self.total = lr_max, total
    def before_batch(self, learn):
        learn.lr = self.lr_max * (1 + math.cos(math.pi * learn.iter / self.total)) / 2


class Learner:
    def __init__(self, model, cbs): self.model, self.cbs, self.lr, self.iter = model, cbs, 0.1, 0

    def fit(self, xb, yb, n):
        for self.iter in range(n):
            for cb in self.cbs: getattr(cb, 'before_batch', lambda l: None)(self)
            self.loss = F.mse_loss(self.model(xb), yb)
            self.loss.backward()
            with torch.no_grad():
                for p in self.model.parameters():
                    p -= self.lr * p.grad
                    p.grad.zero_()
            for cb in self.cbs: getattr(cb, 'after_batch', lambda l: None)(self)


torch.manual_seed(1483)
rec = Recorder()
learn = Learner(torch.nn.Linear(2, 1), [CosineLR(0.2, 6), rec])
x = torch.randn(16, 2)
learn.fit(x, x @ torch.tensor([[2.0], [-1.0]]), 6)
print([round(v, 6) for v in rec.lrs])
print(rec.losses)
