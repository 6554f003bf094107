# fast.ai course: LSUV-style init - rescale each layer's weights until its output has unit std, using forward hooks.
import torch
from torch import nn

torch.manual_seed(42)
model = nn.Sequential(nn.Linear(20, 50), nn.ReLU(), nn.Linear(50, 50), nn.ReLU(), nn.Linear(50, 10))
xb = torch.randn(64, 20)
stats = {}

def hook(m, inp, out):
    stats["mean"], stats["std"] = out.mean().item(), out.std().item()

for layer in [m for m in model if isinstance(m, nn.Linear)]:
    h = layer.register_forward_hook(hook)
    with torch.no_grad():
        model(xb)
        for it in range(10):
            if abs(stats["std"] - 1) < 1e-3:
                break
            layer.bias -= stats["mean"]
            layer.weight /= stats["std"]
            model(xb)
    h.remove()
    print(f"{layer}: mean {stats['mean']:.4f} std {stats['std']:.4f} after {it} iterations")
with torch.no_grad():
    print(model(xb).std().item())
