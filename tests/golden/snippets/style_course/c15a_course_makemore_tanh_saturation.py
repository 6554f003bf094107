# makemore part 3: how saturated is the tanh layer at initialization, with and without scaling
import torch

g = torch.Generator().manual_seed(2147483647)
emb = torch.randn(32, 30, generator=g)
for scale in [1.0, 0.2, (5 / 3) / 30**0.5]:
    W1 = torch.randn(30, 100, generator=g) * scale
    b1 = torch.randn(100, generator=g) * 0.01
    hpreact = emb @ W1 + b1
    h = torch.tanh(hpreact)
    saturated = (h.abs() > 0.99).float().mean().item()
    print(f"scale {scale:.4f}: hpreact std {hpreact.std().item():.4f}, saturated {saturated*100:.2f}%")
dead = (h.abs() > 0.99).all(dim=0)
print(dead.sum().item(), h.shape)
print(h.mean(), h.std())
counts = torch.histc(h, bins=5, min=-1, max=1)
print(counts)
