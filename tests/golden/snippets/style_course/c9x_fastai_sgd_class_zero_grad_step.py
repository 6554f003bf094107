# fast.ai: write a BasicOptim class with step/zero_grad, then swap in torch.optim.SGD and get the same numbers.
import torch
from torch import nn

class BasicOptim:
    def __init__(self, params, lr):
        self.params, self.lr = list(params), lr
    def step(self, *args, **kwargs):
        for p in self.params:
            p.data -= p.grad.data * self.lr
    def zero_grad(self, *args, **kwargs):
        for p in self.params:
            p.grad = None

torch.manual_seed(0)
xs = torch.randn(24, 5)
ys = (xs.sum(1, keepdim=True) > 0).float()

def train(opt_cls):
    torch.manual_seed(1)
    lin = nn.Linear(5, 1)
    opt = opt_cls(lin.parameters(), lr=0.5)
    for epoch in range(3):
        for xb, yb in zip(xs.split(8), ys.split(8)):
            preds = lin(xb).sigmoid()
            loss = torch.where(yb == 1, 1 - preds, preds).mean()
            loss.backward()
            opt.step()
            opt.zero_grad()
        acc = ((lin(xs) > 0).float() == ys).float().mean().item()
        print(opt_cls.__name__, epoch, round(acc, 4), loss.item())
    return lin.weight.detach()

a = train(BasicOptim)
b = train(torch.optim.SGD)
print(torch.equal(a, b), a)
