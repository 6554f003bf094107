# Q: BCELoss(sigmoid(x)) vs BCEWithLogitsLoss(x): same for moderate logits, different for extreme ones.
import torch
from torch import nn

y = torch.tensor([1.0, 0.0, 1.0, 0.0])
for scale in [1.0, 10.0, 50.0, 120.0]:
    x = torch.tensor([2.0, -1.0, -3.0, 4.0]) * scale
    a = nn.BCELoss()(torch.sigmoid(x), y)
    b = nn.BCEWithLogitsLoss()(x, y)
    print(f"scale {scale:6.1f}: BCELoss {a.item():.6f}  WithLogits {b.item():.6f}")
x = torch.tensor([30.0, -30.0], requires_grad=True)
t = torch.tensor([0.0, 1.0])
nn.BCELoss()(torch.sigmoid(x), t).backward()
print(x.grad)
x.grad = None
nn.BCEWithLogitsLoss()(x, t).backward()
print(x.grad)
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0]))(torch.zeros(2), torch.tensor([1.0, 0.0])))
try:
    nn.BCELoss()(torch.tensor([1.5, 0.2]), torch.tensor([1.0, 0.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
