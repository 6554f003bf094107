# A tiny CNN learns horizontal vs vertical stripes (synthetic 8x8 images); loss every 5 steps and accuracy.
import torch
import torch.nn as nn

torch.manual_seed(0)


def make_images(n):
    imgs = torch.zeros(n, 1, 8, 8)
    labels = torch.randint(0, 2, (n,))
    for i in range(n):
        offset = int(torch.randint(0, 2, (1,)))
        if labels[i] == 0:
            imgs[i, 0, offset::2, :] = 1.0
        else:
            imgs[i, 0, :, offset::2] = 1.0
    return imgs + 0.1 * torch.randn(n, 1, 8, 8), labels


x, y = make_images(32)
print(x.shape, y.bincount())
net = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(4, 2))
opt = torch.optim.SGD(net.parameters(), lr=0.5)
loss_fn = nn.CrossEntropyLoss()
for step in range(20):
    opt.zero_grad()
    loss = loss_fn(net(x), y)
    loss.backward()
    opt.step()
    if step % 5 == 0:
        print(f"step {step:2d} loss {loss.item():.4f}")
with torch.no_grad():
    pred = net(x).argmax(1)
print("train acc", (pred == y).float().mean().item())
xt, yt = make_images(16)
with torch.no_grad():
    print("test acc", (net(xt).argmax(1) == yt).sum().item(), "/", len(yt))
