# torch.nn really, the CNN part: a WrappedDataLoader preprocessing batches, Conv2d + AdaptiveAvgPool2d.
import torch
from torch import nn, optim
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(8)
x_train, y_train = torch.rand(24, 64), torch.randint(0, 3, (24,))
x_valid, y_valid = torch.rand(12, 64), torch.randint(0, 3, (12,))

def preprocess(x, y):
    return x.view(-1, 1, 8, 8), y

class WrappedDataLoader:
    def __init__(self, dl, func):
        self.dl = dl
        self.func = func

    def __len__(self):
        return len(self.dl)

    def __iter__(self):
        for b in self.dl:
            yield (self.func(*b))

train_dl = WrappedDataLoader(DataLoader(TensorDataset(x_train, y_train), batch_size=8, shuffle=True), preprocess)
valid_dl = WrappedDataLoader(DataLoader(TensorDataset(x_valid, y_valid), batch_size=16), preprocess)
model = nn.Sequential(
    nn.Conv2d(1, 4, kernel_size=3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(4, 3, kernel_size=3, stride=2, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
)
print(model)
opt = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
for epoch in range(2):
    model.train()
    for xb, yb in train_dl:
        loss = F.cross_entropy(model(xb), yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
    model.eval()
    with torch.no_grad():
        valid_loss = sum(F.cross_entropy(model(xb), yb) for xb, yb in valid_dl)
    print(epoch, valid_loss / len(valid_dl))
print(model(torch.zeros(1, 1, 8, 8)).shape, len(train_dl))
