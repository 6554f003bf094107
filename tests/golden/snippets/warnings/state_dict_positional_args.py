import torch.nn as nn
from collections import OrderedDict

# an old tutorial passes state_dict's arguments by position
layer = nn.Linear(2, 1)
dest = OrderedDict()
out = layer.state_dict(dest, "layer.")
print(out is dest, list(dest.keys()))
print(list(layer.state_dict(prefix="p.", keep_vars=True).keys()))
print(type(layer.state_dict(keep_vars=True)["weight"]).__name__)
