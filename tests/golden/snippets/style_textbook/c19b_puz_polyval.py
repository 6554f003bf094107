# Puzzle: evaluate a polynomial with powers from arange
import torch

coef = torch.tensor([1.0, -2.0, 0.5])      # 1 - 2x + 0.5x^2
xs = torch.tensor([0.0, 1.0, 2.0, -1.0])
powers = xs[:, None] ** torch.arange(3)
print(powers)
print(powers @ coef)
print(torch.vander(xs, N=3, increasing=True))
print(torch.pow(xs[:, None], torch.arange(3)).dtype)
print(torch.arange(3) ** 2, 2 ** torch.arange(4), torch.arange(3) ** -1.0)
