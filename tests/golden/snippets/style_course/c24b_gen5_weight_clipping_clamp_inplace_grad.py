# clamp_ on a parameter outside no_grad: the leaf error, and the fixed version
import torch
import torch.nn as nn

lin = nn.Linear(2, 1)
try:
    lin.weight.clamp_(-0.01, 0.01)
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    lin.weight.clamp_(-0.01, 0.01)
print(lin.weight.abs().max() <= 0.01, lin.weight.requires_grad)
