# fast.ai course part 2: an LR finder as a callback that multiplies lr each batch and stops when loss explodes.
import math
import torch
from torch import nn

class CancelFitException(Exception):
    pass

class LRFinderCB:
    def __init__(self, lr_mult=1.3):
        self.lr_mult = lr_mult
        self.lrs, self.losses, self.min = [], [], math.inf

    def after_batch(self, opt, loss):
        self.lrs.append(opt.param_groups[0]["lr"])
        loss = loss.detach().item()
        self.losses.append(loss)
        if loss < self.min:
            self.min = loss
        if math.isnan(loss) or loss > self.min * 3:
            raise CancelFitException()
        for g in opt.param_groups:
            g["lr"] *= self.lr_mult

torch.manual_seed(7)
x = torch.randn(256, 4)
y = x @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]]) + 0.1
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.SGD(model.parameters(), lr=1e-4)
cb = LRFinderCB()
try:
    for epoch in range(10):
        for i in range(0, 256, 32):
            loss = nn.functional.mse_loss(model(x[i:i + 32]), y[i:i + 32])
            loss.backward()
            opt.step()
            opt.zero_grad()
            cb.after_batch(opt, loss)
except CancelFitException:
    print("cancelled after", len(cb.losses), "batches")
print([f"{lr:.2e}" for lr in cb.lrs[::8]])
print([round(l, 3) for l in cb.losses[::8]])
print(f"min loss {cb.min:.4f} at lr {cb.lrs[cb.losses.index(cb.min)]:.3e}")
