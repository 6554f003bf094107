# fit() with get_data() returning train and valid DataLoaders, valid loss per epoch.
import torch
from torch import nn, optim
from torch.utils.data import DataLoader, TensorDataset
import torch.nn.functional as F

def get_data(train_ds, valid_ds, bs):
    return (DataLoader(train_ds, batch_size=bs, shuffle=True),
            DataLoader(valid_ds, batch_size=bs * 2))

def loss_batch(model, loss_func, xb, yb, opt=None):
    loss = loss_func(model(xb), yb)
    if opt is not None:
        loss.backward(); opt.step(); opt.zero_grad()
    return loss.item(), len(xb)

torch.manual_seed(26)
train_ds = TensorDataset(torch.randn(30, 4), torch.randint(0, 2, (30,)))
valid_ds = TensorDataset(torch.randn(10, 4), torch.randint(0, 2, (10,)))
train_dl, valid_dl = get_data(train_ds, valid_ds, 8)
model = nn.Linear(4, 2)
opt = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
for epoch in range(3):
    model.train()
    for xb, yb in train_dl:
        loss_batch(model, F.cross_entropy, xb, yb, opt)
    model.eval()
    with torch.no_grad():
        losses, nums = zip(*[loss_batch(model, F.cross_entropy, xb, yb) for xb, yb in valid_dl])
    print(epoch, sum(l * n for l, n in zip(losses, nums)) / sum(nums))
