# load_state_dict: entries registered as None (bias=False, untracked running stats, a None buffer) make the
# checkpoint's tensors for them unexpected; a BatchNorm checkpoint without version metadata may lack
# num_batches_tracked (the module keeps its own count); unexpected keys are listed module by module.
from collections import OrderedDict

import torch
import torch.nn as nn

torch.manual_seed(0)
src = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
sd = src.state_dict()
print(nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2, track_running_stats=False)).load_state_dict(sd, strict=False))
print(nn.Sequential(nn.Linear(2, 2, bias=False), nn.BatchNorm1d(2)).load_state_dict(sd, strict=False))
try:
    nn.Sequential(nn.Linear(2, 2, bias=False), nn.BatchNorm1d(2)).load_state_dict(sd)
except RuntimeError as e:
    print(e)
plain = {k: v for k, v in sd.items() if "num_batches" not in k}
m = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
m[1].num_batches_tracked.fill_(7)
print(m.load_state_dict(plain), m[1].num_batches_tracked, sorted(plain))
print(m.load_state_dict(OrderedDict(plain), strict=False), m[1].num_batches_tracked)
with_meta = src.state_dict()
del with_meta["1.num_batches_tracked"]
print(m.load_state_dict(with_meta, strict=False), m[1].num_batches_tracked)
bad = dict(sd)
bad["1.sub.weight"] = torch.zeros(1)
bad["0.weight.x"] = torch.zeros(1)
bad["2.weight"] = torch.zeros(1)
print(nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2)).load_state_dict(bad, strict=False))
m5 = nn.Linear(2, 2)
m5.register_buffer("mask", torch.ones(2), persistent=False)
d5 = dict(nn.Linear(2, 2).state_dict())
d5["mask"] = torch.zeros(2)
print(m5.load_state_dict(d5, strict=False), m5.mask)
m6 = nn.Linear(2, 2)
m6.register_buffer("stat", None)
d6 = dict(m6.state_dict())
d6["stat"] = torch.zeros(1)
print(list(m6.state_dict()), m6.load_state_dict(d6, strict=False))
