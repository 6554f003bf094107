# Scrambled Sobol' points: a seeded engine's own generator, and the global one without a seed
import torch

engine = torch.quasirandom.SobolEngine(dimension=4, scramble=True, seed=2024)
print(engine)
print(engine.shift)
print(engine.draw(6))
print(engine.draw(2, dtype=torch.float64))
print(engine.reset().draw(1))
torch.manual_seed(0)
plain = torch.quasirandom.SobolEngine(2, scramble=True)
print(plain, plain.draw(3))
print(torch.rand(2))  # the engine took its random bits from the global generator
torch.set_default_dtype(torch.float64)
wide = torch.quasirandom.SobolEngine(5, scramble=True, seed=7)
print(wide.draw(3))
print(wide._first_point.dtype, torch.quasirandom.SobolEngine(2, seed=3))
