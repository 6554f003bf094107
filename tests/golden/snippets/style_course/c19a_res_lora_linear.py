# LoRA: frozen base Linear plus a trainable low-rank update B @ A
import torch
import torch.nn as nn
class LoRALinear(nn.Module):
    def __init__(self, base, r=2, alpha=4):
        super().__init__()
        self.base = base
        self.base.weight.requires_grad_(False)
        self.base.bias.requires_grad_(False)
        self.A = nn.Parameter(torch.randn(r, base.in_features) * 0.01)
        self.B = nn.Parameter(torch.zeros(base.out_features, r))
        self.scale = alpha / r
    def forward(self, x):
        return self.base(x) + (x @ self.A.T @ self.B.T) * self.scale
torch.manual_seed(11)
layer = LoRALinear(nn.Linear(4, 3))
out = layer(torch.randn(2, 4))
out.sum().backward()
print([n for n, p in layer.named_parameters() if p.requires_grad])
print(layer.A.grad)
print(layer.B.grad)
print(sum(p.numel() for p in layer.parameters() if p.requires_grad))
