# flipping a fraction of discriminator labels with a seeded Bernoulli mask
import torch

torch.manual_seed(163)
labels = torch.ones(10)
flip = torch.bernoulli(torch.full((10,), 0.2)).bool()
noisy = torch.where(flip, 1 - labels, labels)
print(flip)
print(noisy)
print(noisy.mean())
