# fast.ai from scratch: activation statistics through stacked ReLU layers under three inits
import math
import torch

torch.manual_seed(3)
x = torch.randn(200, 64)
for name, scale in [("randn", 1.0), ("1/sqrt(n)", 1 / math.sqrt(64)), ("kaiming", math.sqrt(2 / 64))]:
    h = x
    for i in range(6):
        w = torch.randn(64, 64) * scale
        h = (h @ w).clamp_min(0.)
    print(f"{name:>10}: mean {h.mean():.4f}, std {h.std():.4f}")
w1 = torch.zeros(64, 32)
torch.nn.init.kaiming_normal_(w1, mode="fan_out")
print(w1.std(), math.sqrt(2 / 32))
t = torch.relu(x @ torch.randn(64, 50) * math.sqrt(2 / 64)) - 0.5
print(t.mean(), t.std())
