# What the other optimizers and the gradient clippers say about a sparse gradient
import torch
from torch import nn

torch.manual_seed(4)
e = nn.Embedding(4, 2, sparse=True)
e(torch.tensor([2, 0])).sum().backward()
for cls in (torch.optim.Adam, torch.optim.AdamW, torch.optim.RMSprop, torch.optim.Adadelta, torch.optim.Adamax,
            torch.optim.NAdam, torch.optim.RAdam, torch.optim.ASGD, torch.optim.Rprop):
    try:
        cls(e.parameters()).step()
    except RuntimeError as err:
        print(cls.__name__, err)
dense = nn.Linear(2, 2)
dense(torch.ones(1, 2)).sum().backward()
try:
    torch.optim.SparseAdam(dense.parameters()).step()
except RuntimeError as err:
    print(err)
for clip in (lambda: nn.utils.clip_grad_norm_(e.parameters(), 0.5), lambda: nn.utils.clip_grad_value_(e.parameters(), 0.5)):
    try:
        clip()
    except NotImplementedError as err:
        print(type(err).__name__, str(err).splitlines()[0], len(str(err)))
