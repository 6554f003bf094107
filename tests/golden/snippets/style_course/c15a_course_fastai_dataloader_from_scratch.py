# fast.ai from scratch: our own Dataset, DataLoader and a fit loop with accuracy
import torch
import torch.nn.functional as F
from torch import nn

class Dataset:
    def __init__(self, inputs, targets):
        self.inputs, self.targets = inputs, targets
    def __len__(self):
        return self.inputs.shape[0]
    def __getitem__(self, idx):
        return self.inputs[idx], self.targets[idx]

class DataLoader:
    def __init__(self, ds, bs, shuffle=False):
        self.ds, self.bs, self.shuffle = ds, bs, shuffle
    def __iter__(self):
        idxs = torch.randperm(len(self.ds)) if self.shuffle else torch.arange(len(self.ds))
        for i in range(0, len(self.ds), self.bs):
            yield self.ds[idxs[i:i + self.bs]]

torch.manual_seed(1)
x = torch.randn(30, 4)
y = (x.sum(1) > 0).long()
train_dl = DataLoader(Dataset(x, y), bs=8, shuffle=True)
model = nn.Sequential(nn.Linear(4, 10), nn.ReLU(), nn.Linear(10, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.5)
def accuracy(out, yb):
    return (out.argmax(dim=1) == yb).float().mean()
for epoch in range(3):
    for xb, yb in train_dl:
        preds = model(xb)
        loss = F.cross_entropy(preds, yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
    print(epoch, loss.item(), accuracy(preds, yb).item())
print(next(iter(train_dl))[1])
