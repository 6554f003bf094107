# vmap(randomness=...): 'different' draws once for the whole batch, 'same' draws once and shares it
import torch
from torch.func import vmap

torch.manual_seed(0)
print(vmap(lambda x: x + torch.randn(2) * torch.rand(2), randomness="different")(torch.zeros(3, 2)))
torch.manual_seed(0)
print(torch.randn(3, 2) * torch.rand(3, 2))
torch.manual_seed(0)
print(vmap(lambda x: x * torch.randint(0, 9, (2,)), randomness="different")(torch.ones(3, 2)))
print(vmap(lambda x: x + torch.normal(1.0, 0.5, (4,)), randomness="same")(torch.zeros(2, 4)))
inner = vmap(lambda x: x + torch.randn(()) + torch.rand_like(x), randomness="different")
print(vmap(inner, randomness="different")(torch.zeros(2, 3)))
print(vmap(lambda x: torch.randn(2, dtype=torch.complex64), randomness="different")(torch.zeros(2)))
print(torch.rand(2))
try:
    vmap(vmap(lambda x: x + torch.rand(()), randomness="error"), randomness="different")(torch.zeros(2, 2))
except RuntimeError as e:
    print(str(e)[:60])
