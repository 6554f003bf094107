# Q: full backward hook and an in-place op on the module's output
import torch
from torch import nn

lin = nn.Linear(2, 2)
lin.register_full_backward_hook(lambda m, gi, go: None)
out = lin(torch.ones(1, 2, requires_grad=True))
print(out.grad_fn.__class__.__name__)
try:
    out.relu_()
except RuntimeError as e:
    print(e)
