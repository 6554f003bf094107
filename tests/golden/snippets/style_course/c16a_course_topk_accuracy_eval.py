# Top-1 and top-3 accuracy over an evaluation loader, as in the ImageNet examples
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

def accuracy(output, target, topk=(1,)):
    maxk = max(topk)
    _, pred = output.topk(maxk, 1, True, True)
    correct = pred.t().eq(target.view(1, -1).expand_as(pred.t()))
    return [correct[:k].reshape(-1).float().sum(0) * 100.0 / target.size(0) for k in topk]

torch.manual_seed(1708)
loader = DataLoader(TensorDataset(torch.randn(20, 6), torch.randint(0, 5, (20,))), batch_size=8)
model = nn.Linear(6, 5).eval()
with torch.no_grad():
    for xb, yb in loader:
        top1, top3 = accuracy(model(xb), yb, topk=(1, 3))
        print(len(yb), top1, top3)
