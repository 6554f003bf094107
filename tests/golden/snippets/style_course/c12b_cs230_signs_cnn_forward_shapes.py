# CS230 signs CNN: conv -> relu -> maxpool twice, flatten, fully connected; shapes and parameter counts per layer.
import torch
import torch.nn as nn

torch.manual_seed(1)
model = nn.Sequential(
    nn.Conv2d(3, 8, kernel_size=4, stride=1, padding='same'),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=8, stride=8, padding=4),
    nn.Conv2d(8, 16, kernel_size=2, stride=1, padding='same'),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=4, stride=4, padding=2),
    nn.Flatten(),
    nn.Linear(16 * 3 * 3, 6),
)
x = torch.randn(2, 3, 64, 64)
for layer in model:
    x = layer(x)
    n = sum(p.numel() for p in layer.parameters())
    print(f'{layer.__class__.__name__:10s} {str(tuple(x.shape)):18s} params={n}')
print(x.softmax(1).sum(1))
print(model[0].padding, model[0].weight.shape, model[2])
