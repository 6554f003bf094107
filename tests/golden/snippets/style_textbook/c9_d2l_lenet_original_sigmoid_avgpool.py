# The original LeNet (sigmoid, average pooling): layer-by-layer shapes and a few steps on synthetic images.
import torch
from torch import nn

def init_cnn(module):
    if type(module) == nn.Linear or type(module) == nn.Conv2d:
        nn.init.xavier_uniform_(module.weight)

net = nn.Sequential(
    nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(),
    nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Conv2d(6, 16, kernel_size=5), nn.Sigmoid(),
    nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Flatten(),
    nn.Linear(16 * 5 * 5, 120), nn.Sigmoid(),
    nn.Linear(120, 84), nn.Sigmoid(),
    nn.Linear(84, 10))
torch.manual_seed(0)
net.apply(init_cnn)
X = torch.rand(size=(1, 1, 28, 28), dtype=torch.float32)
for layer in net:
    X = layer(X)
    print(layer.__class__.__name__, "output shape: \t", X.shape)
images = torch.rand(16, 1, 28, 28)
labels = torch.randint(0, 10, (16,))
opt = torch.optim.SGD(net.parameters(), lr=0.9)
for step in range(4):
    l = nn.functional.cross_entropy(net(images), labels)
    opt.zero_grad()
    l.backward()
    opt.step()
    print(step, round(l.item(), 5))
print(sum(p.numel() for p in net.parameters()))
