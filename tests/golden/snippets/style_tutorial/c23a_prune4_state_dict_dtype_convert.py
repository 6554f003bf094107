# Converting a checkpoint to half and loading it into a float32 model casts back on load
import torch
import torch.nn as nn

src = nn.Linear(3, 2)
sd_half = {k: v.half() for k, v in src.state_dict().items()}
dst = nn.Linear(3, 2)
print(dst.load_state_dict(sd_half))
print(dst.weight.dtype, torch.allclose(dst.weight, src.weight, atol=1e-3))
print(torch.equal(dst.weight, src.weight.half().float()))
