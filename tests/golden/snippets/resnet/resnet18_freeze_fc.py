import torch
import torchvision
from torch import nn, optim

torch.manual_seed(0)
model = torchvision.models.resnet18(weights=None)
for param in model.parameters():
    param.requires_grad = False
model.fc = nn.Linear(512, 10)
print([name for name, p in model.named_parameters() if p.requires_grad])
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
opt = optim.SGD(model.fc.parameters(), lr=0.1)
x = torch.randn(2, 3, 64, 64)
out = model(x)
print(out.shape, out.grad_fn)
out.sum().backward()
print(model.conv1.weight.grad, model.fc.bias.grad)
before = model.fc.bias.clone()
opt.step()
print(model.fc.bias - before)
