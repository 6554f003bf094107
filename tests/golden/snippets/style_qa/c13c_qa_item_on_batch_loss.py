# "a Tensor with 4 elements cannot be converted to Scalar"
import torch
import torch.nn as nn

pred = torch.tensor([0.5, 1.5, 2.0, 3.0])
target = torch.tensor([1.0, 1.0, 2.0, 2.0])
loss_each = nn.MSELoss(reduction="none")(pred, target)
print(loss_each)
try:
    print(loss_each.item())
except RuntimeError as e:
    print("RuntimeError:", e)
print(loss_each.mean().item())
try:
    float(loss_each)
except (RuntimeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    if loss_each > 0.5:
        print("big")
except RuntimeError as e:
    print("RuntimeError:", e)
print(loss_each[2:3].item(), int(torch.tensor([7])))
