# Freeze the first two layers; after backward their .grad stays None
import torch
import torch.nn as nn

torch.manual_seed(18)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
for layer in list(model.children())[:3]:
    for p in layer.parameters():
        p.requires_grad_(False)
out = model(torch.randn(5, 4))
out.sum().backward()
for name, p in model.named_parameters():
    print(f"{name:9s} requires_grad={p.requires_grad!s:5s} grad={'None' if p.grad is None else tuple(p.grad.shape)}")
frozen = sum(p.numel() for p in model.parameters() if not p.requires_grad)
print(f"frozen {frozen} / {sum(p.numel() for p in model.parameters())}")
