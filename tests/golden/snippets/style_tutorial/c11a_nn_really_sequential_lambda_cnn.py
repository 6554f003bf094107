# "What is torch.nn really": a CNN with nn.Sequential, a Lambda layer for reshaping and AdaptiveAvgPool2d.
import torch
import torch.nn.functional as F
from torch import nn, optim

class Lambda(nn.Module):
    def __init__(self, func):
        super().__init__()
        self.func = func

    def forward(self, x):
        return self.func(x)

def preprocess(x):
    return x.view(-1, 1, 12, 12)

torch.manual_seed(4)
model = nn.Sequential(
    Lambda(preprocess),
    nn.Conv2d(1, 8, kernel_size=3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(8, 8, kernel_size=3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(8, 3, kernel_size=3, stride=2, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    Lambda(lambda x: x.view(x.size(0), -1)),
)
print(model)
opt = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
x = torch.randn(16, 144)
y = torch.randint(0, 3, (16,))
for step in range(4):
    out = model(x)
    loss = F.cross_entropy(out, y)
    loss.backward()
    opt.step()
    opt.zero_grad()
    print(step, out.shape, round(loss.item(), 6))
for name, module in model.named_children():
    x = module(x)
    print(name, type(module).__name__, tuple(x.shape))
