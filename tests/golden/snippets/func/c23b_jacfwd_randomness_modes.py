import torch
from torch.func import jacfwd

# jacfwd runs under vmap: random ops follow its randomness flag (error, same, different)
torch.manual_seed(0)
x = torch.tensor([1.0, 2.0, 3.0])
for mode in ("error", "same", "different"):
    try:
        print(mode, jacfwd(lambda t: t * torch.rand(3), randomness=mode)(x))
    except RuntimeError as e:
        print(mode, str(e)[:60])
    print(torch.rand(2))
try:
    jacfwd(lambda t: t, randomness="bogus")(x)
except RuntimeError as e:
    print(e)
print(jacfwd(lambda t: t.sum() * torch.randn(()), randomness="same")(x), torch.rand(1))
