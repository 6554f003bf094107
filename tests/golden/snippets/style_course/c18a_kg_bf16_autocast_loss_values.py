# Loss values under bfloat16 autocast versus float32 for the same batch
import torch
from torch import nn

torch.manual_seed(31)
model = nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Linear(12, 3))
x = torch.randn(20, 6)
y = torch.randint(0, 3, (20,))
loss32 = nn.functional.cross_entropy(model(x), y)
with torch.autocast("cpu", dtype=torch.bfloat16):
    logits = model(x)
    loss16 = nn.functional.cross_entropy(logits, y)
print(logits.dtype, loss16.dtype)
print(f"{loss32.item():.6f} {loss16.item():.6f}")
print(logits[:2])
