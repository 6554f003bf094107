# Loading a checkpoint into a changed model: strict=False reports missing and unexpected keys; buffers are included.
import torch
import torch.nn as nn

torch.manual_seed(1431)
old = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Linear(4, 2))
old(torch.randn(5, 4))
sd = old.state_dict()
for k, v in sd.items():
    print(k, tuple(v.shape), v.dtype)
new = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 3))
result = new.load_state_dict(sd, strict=False)
print(result)
print(result.missing_keys, result.unexpected_keys)
print(torch.equal(new[1].running_mean, old[1].running_mean), new[1].num_batches_tracked)
try:
    new.load_state_dict(sd)
except RuntimeError as e:
    print(str(e).splitlines()[0])
    print(len(str(e).splitlines()))
partial = {k: v for k, v in sd.items() if k.startswith("0.")}
print(nn.Sequential(nn.Linear(4, 4)).load_state_dict(partial))
