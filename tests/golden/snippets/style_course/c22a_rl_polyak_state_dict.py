import torch
import torch.nn as nn

torch.manual_seed(33)
src = nn.Linear(2, 2)
dst = nn.Linear(2, 2)
sd_src = src.state_dict()
sd_dst = dst.state_dict()
new_sd = {k: 0.5 * sd_src[k] + 0.5 * sd_dst[k] for k in sd_dst}
result = dst.load_state_dict(new_sd)
print(result)
print(dst.bias)
try:
    dst.load_state_dict({'weight': torch.zeros(2, 2)})
except RuntimeError as e:
    print(str(e).splitlines()[0])
