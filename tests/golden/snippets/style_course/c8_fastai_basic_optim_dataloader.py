# fast.ai's BasicOptim class over a DataLoader of (x, y) tuples, then the same with optim.SGD.
import torch
from torch import nn
from torch.utils.data import DataLoader

torch.manual_seed(3)
xs = torch.randn(200, 10)
true_w = torch.randn(10, 1)
ys = (xs @ true_w > 0).float()
dset = list(zip(xs, ys))
dl = DataLoader(dset, batch_size=50, shuffle=True)
valid_dl = DataLoader(list(zip(xs[:60], ys[:60])), batch_size=30)
xb, yb = next(iter(dl))
print(xb.shape, yb.shape, len(dl))

class BasicOptim:
    def __init__(self, params, lr):
        self.params, self.lr = list(params), lr

    def step(self, *args, **kwargs):
        for p in self.params:
            p.data -= p.grad.data * self.lr

    def zero_grad(self, *args, **kwargs):
        for p in self.params:
            p.grad = None

def mnist_loss(predictions, targets):
    predictions = predictions.sigmoid()
    return torch.where(targets == 1, 1 - predictions, predictions).mean()

def batch_accuracy(xb, yb):
    return ((xb.sigmoid() > 0.5) == yb).float().mean()

def validate_epoch(model):
    accs = [batch_accuracy(model(xb), yb) for xb, yb in valid_dl]
    return round(torch.stack(accs).mean().item(), 4)

for opt_class in (BasicOptim, torch.optim.SGD):
    torch.manual_seed(0)
    linear_model = nn.Linear(10, 1)
    opt = opt_class(linear_model.parameters(), lr=1.0)
    for epoch in range(4):
        for xb, yb in dl:
            loss = mnist_loss(linear_model(xb), yb)
            loss.backward()
            opt.step()
            opt.zero_grad()
        print(opt_class.__name__, epoch, validate_epoch(linear_model))
    w, b = linear_model.parameters()
    print(w.shape, b.shape, b)
