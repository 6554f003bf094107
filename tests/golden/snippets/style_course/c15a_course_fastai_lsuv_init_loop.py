# fast.ai course: layer-sequential unit-variance init, rescaling each layer until its output std is ~1
import torch
from torch import nn

torch.manual_seed(33)
layers = nn.ModuleList([nn.Linear(20, 20) for _ in range(3)])
xb = torch.randn(64, 20) * 3 + 1

def forward_to(i, x):
    for layer in layers[: i + 1]:
        x = torch.relu(layer(x))
    return x

for i, layer in enumerate(layers):
    rounds = 0
    with torch.no_grad():
        while rounds < 10:
            h = forward_to(i, xb)
            if abs(h.std().item() - 1) < 1e-3 and abs(h.mean().item()) < 1e-3:
                break
            layer.bias -= h.mean()
            layer.weight /= h.std()
            rounds += 1
    print(f"layer {i}: rounds={rounds} mean={h.mean().item():.5f} std={h.std().item():.5f}")
print(layers[0].bias[:3])
