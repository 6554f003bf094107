# "What is torch.nn" style: refactor a logistic model step by step, ending with fit() and get_data().
import torch
import torch.nn.functional as F
from torch import nn, optim
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(1)
x_train = torch.randn(200, 10)
true_w = torch.randn(10, 3)
y_train = (x_train @ true_w).argmax(1)
x_valid = torch.randn(50, 10)
y_valid = (x_valid @ true_w).argmax(1)
bs = 32

class Logistic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(10, 3)

    def forward(self, xb):
        return self.lin(xb)

def get_data(train_ds, valid_ds, bs):
    return (DataLoader(train_ds, batch_size=bs, shuffle=True), DataLoader(valid_ds, batch_size=bs * 2))

def loss_batch(model, loss_func, xb, yb, opt=None):
    loss = loss_func(model(xb), yb)
    if opt is not None:
        loss.backward()
        opt.step()
        opt.zero_grad()
    return loss.item(), len(xb)

def fit(epochs, model, loss_func, opt, train_dl, valid_dl):
    for epoch in range(epochs):
        model.train()
        for xb, yb in train_dl:
            loss_batch(model, loss_func, xb, yb, opt)
        model.eval()
        with torch.no_grad():
            losses, nums = zip(*[loss_batch(model, loss_func, xb, yb) for xb, yb in valid_dl])
        val_loss = sum(l * n for l, n in zip(losses, nums)) / sum(nums)
        print(epoch, val_loss)

train_dl, valid_dl = get_data(TensorDataset(x_train, y_train), TensorDataset(x_valid, y_valid), bs)
model = Logistic()
opt = optim.SGD(model.parameters(), lr=0.5)
fit(3, model, F.cross_entropy, opt, train_dl, valid_dl)
acc = (model(x_valid).argmax(1) == y_valid).float().mean()
print(acc)
