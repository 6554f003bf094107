# Course lab: tiny CNN classifying synthetic 8x8 images with a vertical or a horizontal bar.
import torch
import torch.nn as nn

torch.manual_seed(12)
def make(n):
    X = 0.1 * torch.randn(n, 1, 8, 8)
    y = torch.randint(0, 2, (n,))
    pos = torch.randint(1, 7, (n,))
    for i in range(n):
        if y[i] == 0:
            X[i, 0, :, pos[i]] += 1.0
        else:
            X[i, 0, pos[i], :] += 1.0
    return X, y

Xtr, ytr = make(48)
Xte, yte = make(16)
net = nn.Sequential(
    nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(4, 8, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 2),
)
opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
for epoch in range(6):
    for i in range(0, 48, 16):
        loss = nn.functional.cross_entropy(net(Xtr[i:i + 16]), ytr[i:i + 16])
        opt.zero_grad()
        loss.backward()
        opt.step()
    net.eval()
    with torch.no_grad():
        acc = (net(Xte).argmax(1) == yte).sum().item() / len(yte)
    net.train()
    print(f"epoch {epoch} last loss {loss.item():.4f} test acc {acc:.3f}")
print(net[0].weight.grad.shape, net[3].weight.shape)
