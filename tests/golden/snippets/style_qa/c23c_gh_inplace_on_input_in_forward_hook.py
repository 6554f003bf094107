# Issue: "full backward hook + inplace ReLU" error message on modules.
import torch
import torch.nn as nn

m = nn.Sequential(nn.Linear(2, 2), nn.ReLU(inplace=True))
m[1].register_full_backward_hook(lambda mod, gi, go: None)
try:
    m(torch.ones(1, 2)).sum().backward()
except RuntimeError as e:
    print(str(e)[:160])
