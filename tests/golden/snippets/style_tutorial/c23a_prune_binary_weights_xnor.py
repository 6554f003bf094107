# Binary weights: sign(w) scaled by mean |w| per output channel (XNOR-Net style)
import torch

w = torch.tensor([[0.4, -0.2, 0.1, -0.7], [1.0, 0.5, -0.5, 0.0]])
alpha = w.abs().mean(dim=1, keepdim=True)
wb = torch.where(w >= 0, torch.ones_like(w), -torch.ones_like(w))
print(alpha)
print(wb)
print(alpha * wb)
print(((w - alpha * wb) ** 2).sum(1))
print(torch.sign(w))
