# Beta prior + binomial data -> Beta posterior; compare means and modes
import torch
from torch.distributions import Beta

a0, b0 = 2.0, 2.0
heads, tails = 7, 3
post = Beta(torch.tensor(a0 + heads), torch.tensor(b0 + tails))
print(post.mean)
mode = (a0 + heads - 1) / (a0 + b0 + heads + tails - 2)
print(mode)
grid = torch.linspace(0.05, 0.95, 19)
dens = post.log_prob(grid).exp()
print(grid[dens.argmax()])
print(post.variance, post.entropy())
