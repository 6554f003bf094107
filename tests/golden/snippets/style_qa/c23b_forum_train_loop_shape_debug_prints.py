import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(2)
X = torch.randn(20, 4)
y = (X.sum(1) > 0).long()
dl = DataLoader(TensorDataset(X, y), batch_size=8, shuffle=True, generator=torch.Generator().manual_seed(3))
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(2):
    total, correct = 0, 0
    for xb, yb in dl:
        out = model(xb)
        loss = nn.functional.cross_entropy(out, yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
        correct += (out.argmax(1) == yb).sum().item()
        total += yb.size(0)
    print(epoch, out.shape, yb.shape, total, f"{correct / total:.2f}")
