# Q: saving and restoring the RNG state
import torch

torch.manual_seed(123)
state = torch.get_rng_state()
print(state.dtype, state.shape)
a = torch.rand(2)
torch.set_rng_state(state)
b = torch.rand(2)
print(torch.equal(a, b))
g = torch.Generator()
g.manual_seed(5)
print(g.initial_seed(), torch.initial_seed())
