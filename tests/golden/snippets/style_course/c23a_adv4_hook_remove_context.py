# Removing hooks reliably: RemovableHandle as a context manager
import torch
import torch.nn as nn

lin = nn.Linear(2, 2)
calls = []
with lin.register_forward_hook(lambda m, i, o: calls.append(tuple(o.shape))):
    lin(torch.zeros(3, 2))
    print(len(lin._forward_hooks))
lin(torch.zeros(1, 2))
print(calls, len(lin._forward_hooks))
