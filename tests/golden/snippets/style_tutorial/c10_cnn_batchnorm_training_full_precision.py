# A small CNN with BatchNorm2d trained on synthetic 2-class "images": full-precision losses and eval accuracy.
import torch
import torch.nn as nn

torch.manual_seed(3)
n = 32
X = torch.randn(n, 1, 8, 8)
y = (X[:, 0, :4].mean(dim=(1, 2)) > X[:, 0, 4:].mean(dim=(1, 2))).long()
model = nn.Sequential(
    nn.Conv2d(1, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(4, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
    nn.Flatten(), nn.Linear(8, 2))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(5):
    model.train()
    for i in range(0, n, 8):
        opt.zero_grad()
        loss = loss_fn(model(X[i:i + 8]), y[i:i + 8])
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        out = model(X)
        acc = (out.argmax(1) == y).float().mean().item()
    print(f"epoch {epoch}: last loss {loss.item()} eval loss {loss_fn(out, y).item()} acc {acc}")
print(model[1].running_mean)
print(model[1].num_batches_tracked)
