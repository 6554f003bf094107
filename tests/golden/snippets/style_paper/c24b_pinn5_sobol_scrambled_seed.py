# scrambled Sobol points with a seed, fast_forward and reset
import torch

eng = torch.quasirandom.SobolEngine(2, scramble=True, seed=7)
a = eng.draw(4, dtype=torch.float64)
eng.reset()
b = eng.draw(4, dtype=torch.float64)
print(torch.equal(a, b), a.shape)
eng.fast_forward(2)
print(eng.num_generated)
print(((a >= 0) & (a < 1)).all())
