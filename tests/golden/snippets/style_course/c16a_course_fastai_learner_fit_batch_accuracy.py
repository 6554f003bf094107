# A tiny Learner with fit(), validate_epoch() and batch_accuracy, fast.ai lesson style
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

def batch_accuracy(xb, yb):
    return ((xb.sigmoid() > 0.5) == yb).float().mean()
class Learner:
    def __init__(self, dls, model, opt_func, loss_func, lr):
        self.train_dl, self.valid_dl = dls
        self.model, self.loss_func = model, loss_func
        self.opt = opt_func(model.parameters(), lr=lr)

    def validate_epoch(self):
        accs = [batch_accuracy(self.model(xb), yb) for xb, yb in self.valid_dl]
        return round(torch.stack(accs).mean().item(), 4)

    def fit(self, n_epochs):
        for epoch in range(n_epochs):
            for xb, yb in self.train_dl:
                loss = self.loss_func(self.model(xb), yb)
                loss.backward(); self.opt.step()
                self.opt.zero_grad()
            print(epoch, loss.item(), self.validate_epoch())

torch.manual_seed(1665)
X = torch.randn(40, 3); y = (X[:, :1] > 0.2).float()
dls = (DataLoader(TensorDataset(X[:30], y[:30]), batch_size=10, shuffle=True), DataLoader(TensorDataset(X[30:], y[30:]), batch_size=5))
Learner(dls, nn.Linear(3, 1), torch.optim.SGD, nn.BCEWithLogitsLoss(), 1.0).fit(4)
