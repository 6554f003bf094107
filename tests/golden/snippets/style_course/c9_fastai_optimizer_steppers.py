# fastai's Optimizer from scratch: steppers (weight decay, momentum as a stat) and param groups with hypers.
import torch
from torch import nn

class Optimizer:
    def __init__(self, params, lr, wd=0.0, mom=0.0):
        self.params = list(params)
        self.lr, self.wd, self.mom = lr, wd, mom
        self.state = {}

    def step(self):
        with torch.no_grad():
            for p in self.params:
                if p.grad is None:
                    continue
                if self.wd != 0:
                    p.mul_(1 - self.lr * self.wd)
                if self.mom:
                    avg = self.state.setdefault(p, torch.zeros_like(p))
                    avg.mul_(self.mom).add_(p.grad)
                    p.add_(avg, alpha=-self.lr)
                else:
                    p.add_(p.grad, alpha=-self.lr)

    def zero_grad(self):
        for p in self.params:
            p.grad = None

torch.manual_seed(0)
x = torch.randn(30, 3)
y = x @ torch.tensor([[1.5], [-2.0], [0.5]]) + 0.3
m1 = nn.Linear(3, 1)
m2 = nn.Linear(3, 1)
m2.load_state_dict(m1.state_dict())
mine = Optimizer(m1.parameters(), lr=0.05, wd=0.01, mom=0.9)
ref = torch.optim.SGD(m2.parameters(), lr=0.05, momentum=0.9)
for epoch in range(6):
    for m, o in ((m1, mine), (m2, ref)):
        loss = nn.functional.mse_loss(m(x), y)
        loss.backward()
        o.step()
        o.zero_grad()
    print(epoch, round(loss.item(), 5))
print(m1.weight)
print(m2.weight)
print(len(mine.state), [tuple(v.shape) for v in mine.state.values()])
ref2 = torch.optim.SGD([{"params": [m2.weight], "weight_decay": 0.01}, {"params": [m2.bias]}], lr=0.05, momentum=0.9)
print([g["weight_decay"] for g in ref2.param_groups], ref2.defaults["momentum"])
