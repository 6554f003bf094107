# torch.typename and the optimizer's 'can only optimize Tensors' message name classes with their modules.
import torch
from torch import nn
import collections
class Mine:
    pass
for obj in [nn.Linear(2, 2), nn.Linear, 1.5, "s", [1], None, torch.ones(2), torch.ones(2, dtype=torch.int64), nn.Parameter(torch.ones(1)),
            Mine(), Mine, collections.OrderedDict(), print, len, nn.Sequential()]:
    print(torch.typename(obj))
for bad in [nn.Linear(2, 2), [nn.Linear(2, 2)], [1.0], [None], [torch.ones(2, dtype=torch.int64)], ["a"], [{"params": [1.0]}]]:
    try:
        torch.optim.SGD(bad, lr=0.1)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
