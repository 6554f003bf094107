# The update-to-data ratio (lr * grad.std / data.std) per parameter after one step
import torch
from torch import nn

torch.manual_seed(1659)
model = nn.Sequential(nn.Linear(8, 16), nn.Tanh(), nn.Linear(16, 4))
x, y = torch.randn(32, 8), torch.randint(0, 4, (32,))
loss = nn.functional.cross_entropy(model(x), y)
loss.backward()
lr = 0.1
for name, p in model.named_parameters():
    ratio = (lr * p.grad.std() / p.data.std()).log10().item()
    print(f"{name:10s} {str(tuple(p.shape)):8s} grad:data {p.grad.std().item() / p.data.std().item():.6e} log10 update {ratio:.4f}")
