# Lecture: regression losses and their gradients at the kink.
import torch
import torch.nn as nn

pred = torch.tensor([0.0, 0.5, 1.0, 2.0, 4.0], requires_grad=True)
target = torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0])
for name, fn in [("mse", nn.MSELoss()), ("l1", nn.L1Loss()), ("huber", nn.HuberLoss(delta=1.0)),
                 ("smoothl1", nn.SmoothL1Loss(beta=0.5)), ("huber2", nn.HuberLoss(delta=2.0))]:
    pred.grad = None
    loss = fn(pred, target)
    loss.backward()
    print(name, loss.item(), pred.grad)
print(nn.L1Loss(reduction="none")(pred, target))
print(nn.SmoothL1Loss(beta=0.0)(pred, target))
