# load_state_dict errors: size mismatches, missing and unexpected keys, and strict=False results.
import torch
import torch.nn as nn

torch.manual_seed(0)
src = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
dst = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 5))
try:
    dst.load_state_dict(src.state_dict())
except RuntimeError as e:
    print(e)
sd = src.state_dict()
sd["extra.weight"] = torch.zeros(1)
del sd["0.bias"]
try:
    src.load_state_dict(sd)
except RuntimeError as e:
    print(e)
res = src.load_state_dict(sd, strict=False)
print(res)
print(res.missing_keys, res.unexpected_keys)
filtered = {k: v for k, v in src.state_dict().items() if v.shape == dst.state_dict()[k].shape}
print(dst.load_state_dict(filtered, strict=False))
print(torch.equal(dst[0].weight, src[0].weight))
try:
    dst.load_state_dict({"0.weight": torch.zeros(8, 4, dtype=torch.float64)}, strict=False)
    print(dst[0].weight.dtype, dst[0].weight.sum())
except RuntimeError as e:
    print(e)
