import torch
from torch import nn, optim

torch.manual_seed(0)
x = torch.randn(32, 2)
y = (x[:, 0] * x[:, 1] > 0).long()
model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2))
criterion = nn.CrossEntropyLoss()
opt = optim.SGD(model.parameters(), lr=0.5, momentum=0.5)
for epoch in range(15):
    opt.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    opt.step()
    if epoch % 3 == 0:
        print(epoch, f"{loss.item():.4f}")
acc = (model(x).argmax(dim=1) == y).float().mean()
print(acc)
