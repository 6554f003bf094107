import torch
import torch.nn as nn

torch.manual_seed(13)
layer = nn.Linear(4, 2)
x = torch.randn(8, 4)
loss = layer(x).pow(2).sum()
loss.backward()
eta, lr = 0.001, 1.0
for name, p in layer.named_parameters():
    w_norm = p.detach().norm()
    g_norm = p.grad.norm()
    trust = eta * w_norm / (g_norm + 1e-9)
    print(name, f"{w_norm.item():.4f}", f"{g_norm.item():.4f}", f"{trust.item():.6f}")
    with torch.no_grad():
        p -= lr * trust * p.grad
print(f"{layer(x).pow(2).sum().item():.4f} < {loss.item():.4f}")
