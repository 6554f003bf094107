# random ops inside vmap need randomness= set
import torch
from torch.func import vmap

x = torch.zeros(3, 2, dtype=torch.float64)
try:
    vmap(lambda v: v + torch.randn(2, dtype=torch.float64))(x)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:150])
torch.manual_seed(72)
out = vmap(lambda v: v + torch.rand(2, dtype=torch.float64), randomness="same")(x)
print(torch.equal(out[0], out[1]), out.shape)
