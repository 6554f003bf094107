# Walk a CNN layer by layer and print each output shape, as tutorials do before writing Linear
import torch
import torch.nn as nn

net = nn.Sequential(
    nn.Conv2d(3, 8, kernel_size=5),
    nn.ReLU(),
    nn.MaxPool2d(2, 2),
    nn.Conv2d(8, 16, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d((2, 2)),
    nn.Flatten(),
    nn.Linear(64, 10),
)
x = torch.zeros(1, 3, 20, 20)
for layer in net:
    x = layer(x)
    print(f"{layer.__class__.__name__:<18} output shape: {tuple(x.shape)}")
