# Q: saving and restoring the RNG state
import torch

torch.manual_seed(123)
saved = torch.get_rng_state()
print(saved.dtype, saved.shape)
draw1 = torch.rand(2)
torch.set_rng_state(saved)
draw2 = torch.rand(2)
print(torch.equal(draw1, draw2))
gen = torch.Generator()
gen.manual_seed(5)
print(gen.initial_seed(), torch.initial_seed())
