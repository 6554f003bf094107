"""How the loss reduction changes gradient size (and why lr must change with it)."""
import torch
import torch.nn as nn

pred = torch.tensor([2.0, 0.0, 1.0, 3.0], requires_grad=True)
target = torch.tensor([1.0, 0.0, 2.0, 2.0])

for reduction in ("mean", "sum", "none"):
    pred.grad = None
    loss = nn.MSELoss(reduction=reduction)(pred, target)
    print(f"reduction={reduction!r:7} loss={loss.detach()}")
    if loss.dim() == 0:
        loss.backward()
        print(f"{'':19}grad={pred.grad}")
