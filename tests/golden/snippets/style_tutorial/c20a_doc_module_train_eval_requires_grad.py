# nn.Module: train/eval flags, requires_grad_, zero_grad, to(dtype), extra_repr
import torch
import torch.nn as nn

class Scale(nn.Module):
    def __init__(self, factor):
        super().__init__()
        self.factor = factor
    def forward(self, x):
        return x * self.factor
    def extra_repr(self):
        return f"factor={self.factor}"

net = nn.Sequential(nn.Linear(2, 2), Scale(3), nn.Dropout(0.5))
print(net)
net.eval()
print([m.training for m in net.modules()])
net.requires_grad_(False)
print([p.requires_grad for p in net.parameters()])
net.to(torch.float64)
print(net[0].weight.dtype)
