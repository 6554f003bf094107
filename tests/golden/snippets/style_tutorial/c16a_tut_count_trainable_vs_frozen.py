# Counting trainable and frozen parameters after freezing the first layer
import torch
from torch import nn

torch.manual_seed(1616)
model = nn.Sequential(nn.Linear(10, 20), nn.ReLU(), nn.Linear(20, 5))
for p in model[0].parameters():
    p.requires_grad_(False)
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
frozen = sum(p.numel() for p in model.parameters() if not p.requires_grad)
print(f"trainable: {trainable:,}  frozen: {frozen:,}")
opt = torch.optim.SGD(filter(lambda p: p.requires_grad, model.parameters()), lr=0.1)
print(len(opt.param_groups[0]["params"]))
out = model(torch.randn(3, 10)).sum()
out.backward()
print(model[0].weight.grad, model[2].bias.grad)
