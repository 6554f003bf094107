# fastai-style metric classes: AvgMetric and AvgLoss accumulated over batches weighted by batch size.
import torch
from torch import nn

class AvgMetric:
    def __init__(self, func):
        self.func, self.total, self.count = func, 0.0, 0
    def accumulate(self, preds, targs):
        bs = len(targs)
        self.total += self.func(preds, targs).item() * bs
        self.count += bs
    @property
    def value(self):
        return self.total / self.count if self.count else None

def accuracy(inp, targ):
    return (inp.argmax(dim=-1) == targ).float().mean()

def error_rate(inp, targ):
    return 1 - accuracy(inp, targ)

torch.manual_seed(10)
model = nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 3))
X = torch.randn(50, 6)
y = (X[:, 0] > 0).long() + (X[:, 1] > 0.5).long()
metrics = [AvgMetric(accuracy), AvgMetric(error_rate), AvgMetric(nn.CrossEntropyLoss())]
with torch.no_grad():
    for i in range(0, 50, 16):
        preds = model(X[i:i + 16])
        for m in metrics:
            m.accumulate(preds, y[i:i + 16])
for m in metrics:
    print(type(m.func).__name__ if isinstance(m.func, nn.Module) else m.func.__name__, m.value, m.count)
print(accuracy(model(X), y).item())
