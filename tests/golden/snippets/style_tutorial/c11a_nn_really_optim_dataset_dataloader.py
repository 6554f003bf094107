# "What is torch.nn really": optim.SGD, TensorDataset, DataLoader with shuffle and a validation pass each epoch.
import torch
import torch.nn.functional as F
from torch import nn, optim
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(3)
x_train, y_train = torch.randn(160, 8), torch.randint(0, 2, (160,))
x_valid, y_valid = torch.randn(40, 8), torch.randint(0, 2, (40,))
train_ds = TensorDataset(x_train, y_train)
valid_ds = TensorDataset(x_valid, y_valid)
print(len(train_ds), train_ds[0])
train_dl = DataLoader(train_ds, batch_size=32, shuffle=True)
valid_dl = DataLoader(valid_ds, batch_size=64)
print(len(train_dl), len(valid_dl))

def get_model():
    model = nn.Linear(8, 2)
    return model, optim.SGD(model.parameters(), lr=0.1)

model, opt = get_model()
print(opt)
for epoch in range(3):
    model.train()
    for xb, yb in train_dl:
        pred = model(xb)
        loss = F.cross_entropy(pred, yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
    model.eval()
    with torch.no_grad():
        valid_loss = sum(F.cross_entropy(model(xb), yb) for xb, yb in valid_dl)
    print(epoch, valid_loss / len(valid_dl))
print(loss.item(), model.weight.grad)
