# An AverageMeter as in training scripts, fed with loss.item() and batch sizes, printed with a format string.
import torch
import torch.nn as nn

class AverageMeter:
    def __init__(self, name, fmt=':f'):
        self.name = name
        self.fmt = fmt
        self.reset()

    def reset(self):
        self.val = self.avg = self.sum = self.count = 0

    def update(self, val, n=1):
        self.val = val
        self.sum += val * n
        self.count += n
        self.avg = self.sum / self.count

    def __str__(self):
        fmtstr = '{name} {val' + self.fmt + '} ({avg' + self.fmt + '})'
        return fmtstr.format(**self.__dict__)

torch.manual_seed(0)
losses = AverageMeter('Loss', ':.4e')
model = nn.Linear(3, 2)
for i in range(3):
    x, y = torch.randn(4 + i, 3), torch.randint(0, 2, (4 + i,))
    loss = nn.functional.cross_entropy(model(x), y)
    losses.update(loss.item(), x.size(0))
    print(losses)
