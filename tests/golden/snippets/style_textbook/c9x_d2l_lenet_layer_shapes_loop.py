# LeNet's layers applied one at a time to a 28x28 input, printing each output shape.
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(
    nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(),
    nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Conv2d(6, 16, kernel_size=5), nn.Sigmoid(),
    nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Flatten(),
    nn.Linear(16 * 5 * 5, 120), nn.Sigmoid(),
    nn.Linear(120, 84), nn.Sigmoid(),
    nn.Linear(84, 10))
X = torch.rand(size=(1, 1, 28, 28), dtype=torch.float32)
for layer in net:
    X = layer(X)
    print(layer.__class__.__name__, "output shape: \t", X.shape)
print(X)
def init_cnn(module):
    if type(module) == nn.Linear or type(module) == nn.Conv2d:
        nn.init.xavier_uniform_(module.weight)
net.apply(init_cnn)
print(net[0].weight.std().item() > 0, net[0].bias[:3])
batch = torch.randn(4, 1, 28, 28)
y = torch.tensor([1, 2, 3, 4])
loss = nn.functional.cross_entropy(net(batch), y)
loss.backward()
print(loss.item())
print(net[-1].weight.grad.norm().item())
