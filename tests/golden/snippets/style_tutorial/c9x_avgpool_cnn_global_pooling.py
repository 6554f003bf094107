# A CNN that ends in global average pooling instead of Flatten + big Linear; shapes and a few steps.
import torch
import torch.nn as nn

torch.manual_seed(6)
net = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.AvgPool2d(2),
    nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(),
    nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(16, 4))
x = torch.randn(5, 3, 16, 16)
h = x
for layer in net:
    h = layer(h)
    print(f"{layer.__class__.__name__:>18}: {tuple(h.shape)}")
y = torch.tensor([0, 1, 2, 3, 0])
opt = torch.optim.SGD(net.parameters(), lr=0.1)
for step in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(net(x), y)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(nn.AvgPool2d(3, stride=2, padding=1)(torch.arange(25.).view(1, 1, 5, 5)))
print(nn.AdaptiveAvgPool2d((2, 3))(torch.arange(30.).view(1, 1, 5, 6)))
