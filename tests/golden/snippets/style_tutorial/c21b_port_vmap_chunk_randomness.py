# vmap randomness: error by default, "different" draws differently per sample
import torch
from torch.func import vmap

def noisy(x):
    return x + torch.randn(())

xs = torch.zeros(3)
try:
    vmap(noisy)(xs)
except RuntimeError as e:
    print(str(e)[:80])
torch.manual_seed(0)
out = vmap(noisy, randomness="different")(xs)
print(out.shape, len(set(out.tolist())))
torch.manual_seed(0)
same = vmap(noisy, randomness="same")(xs)
print(same[0] == same[1], same[1] == same[2])
