# Regression losses side by side: MSE, L1, SmoothL1 (beta), Huber (delta), reductions and gradients.
import torch
import torch.nn as nn

pred = torch.tensor([0.0, 0.4, 1.5, -3.0, 2.0], requires_grad=True)
target = torch.tensor([0.1, 0.0, 1.0, 0.0, 2.0])
losses = {
    "mse": nn.MSELoss(),
    "l1": nn.L1Loss(),
    "smooth_l1": nn.SmoothL1Loss(),
    "smooth_l1 beta=0.5": nn.SmoothL1Loss(beta=0.5),
    "huber": nn.HuberLoss(),
    "huber delta=2": nn.HuberLoss(delta=2.0),
}
for name, fn in losses.items():
    pred.grad = None
    value = fn(pred, target)
    value.backward()
    print(f"{name:20s} {value.item():.6f} grad {pred.grad}")
print(nn.MSELoss(reduction="none")(pred, target))
print(nn.L1Loss(reduction="sum")(pred, target))
print(nn.SmoothL1Loss(reduction="none", beta=1.0)(pred, target))
print(nn.HuberLoss(reduction="none", delta=0.5)(pred, target))
try:
    nn.MSELoss()(pred, target[:3])
except RuntimeError as e:
    print("RuntimeError:", e)
print(nn.MSELoss()(pred[:1], target))
