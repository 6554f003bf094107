# Loss functions compared on the same predictions
import torch
import torch.nn as nn

pred = torch.tensor([0.5, 2.0, -1.0, 3.0])
target = torch.tensor([1.0, 1.5, 0.0, -1.0])
for name, fn in [("MSE", nn.MSELoss()), ("L1", nn.L1Loss()), ("SmoothL1", nn.SmoothL1Loss()),
                 ("Huber(d=2)", nn.HuberLoss(delta=2.0))]:
    print(f"{name:>10}: {fn(pred, target).item():.4f}")
print(nn.MSELoss(reduction="none")(pred, target))
print(nn.L1Loss(reduction="sum")(pred, target))
