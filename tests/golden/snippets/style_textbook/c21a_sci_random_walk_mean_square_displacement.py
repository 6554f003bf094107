# 1-D random walks: mean square displacement grows linearly with the step count.
import torch

torch.manual_seed(16)
walkers, steps = 5000, 100
jumps = torch.randint(0, 2, (walkers, steps)) * 2 - 1
paths = jumps.cumsum(dim=1)
print(jumps.dtype, paths.shape)
for n in [10, 50, 100]:
    msd = paths[:, n - 1].float().pow(2).mean()
    print(n, round(msd.item(), 1))
