# The shape errors a tutorial reader meets: broadcasting, stack, cat, view and batch sizes of losses.
import torch
import torch.nn as nn

tries = [
    lambda: torch.ones(3) + torch.ones(4),
    lambda: torch.stack([torch.ones(3), torch.ones(2)]),
    lambda: torch.cat([torch.ones(2, 3), torch.ones(2, 4)]),
    lambda: torch.ones(2, 3).view(-1, 4),
    lambda: nn.CrossEntropyLoss()(torch.randn(4, 3), torch.tensor([0, 1, 2])),
    lambda: nn.CrossEntropyLoss()(torch.randn(4, 3), torch.tensor([0, 1, 2, 3])),
    lambda: nn.Conv2d(1, 2, 3)(torch.randn(3, 8, 8, 2)),
    lambda: torch.ones(2, 3).sum(dim=2),
    lambda: torch.ones(2, 3).transpose(0, 2),
    lambda: nn.Embedding(5, 2)(torch.tensor([5])),
    lambda: torch.ones(2, 3)[2],
    lambda: torch.ones(3).reshape(2, 2),
]
for i, f in enumerate(tries):
    try:
        f()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
