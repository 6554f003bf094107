# latent traversal grid: vary one latent dimension, keep the others
import torch

base = torch.tensor([0.2, -0.5, 1.0])
values = torch.linspace(-2, 2, 5)
grid = base.repeat(5, 1)
grid[:, 1] = values
print(grid)
print(grid.shape, torch.equal(grid[:, 0], torch.full((5,), 0.2)))
