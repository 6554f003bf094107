# An EarlyStopping helper class as courses write it, with its messages
import torch
from torch import nn

class EarlyStopping:
    def __init__(self, patience=3, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.counter, self.best_loss, self.early_stop = 0, None, False
    def __call__(self, val_loss):
        if self.best_loss is None or val_loss < self.best_loss - self.min_delta:
            self.best_loss, self.counter = val_loss, 0
        else:
            self.counter += 1
            print(f"EarlyStopping counter: {self.counter} out of {self.patience}")
            if self.counter >= self.patience:
                self.early_stop = True

torch.manual_seed(23)
x, y, xv, yv = torch.randn(20, 3), torch.randn(20, 1), torch.randn(10, 3), torch.randn(10, 1)
model = nn.Linear(3, 1); opt = torch.optim.SGD(model.parameters(), lr=0.5)
stopper = EarlyStopping(patience=2, min_delta=1e-3)
for epoch in range(40):
    opt.zero_grad(); nn.functional.mse_loss(model(x), y).backward(); opt.step()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(xv), yv).item()
    stopper(val)
    if stopper.early_stop:
        print(f"stopped at epoch {epoch}, best {stopper.best_loss:.4f}")
        break
