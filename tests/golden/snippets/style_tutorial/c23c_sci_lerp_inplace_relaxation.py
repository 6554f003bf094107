# Under-relaxed fixed-point iteration with lerp_ in place; the version counter climbs.
import torch

x = torch.tensor([0.0, 10.0], dtype=torch.float64)
target = lambda v: torch.tensor([1.0, 2.0], dtype=torch.float64) + 0.5 * v.flip(0)
for k in range(40):
    x.lerp_(target(x), 0.5)
print(x.round(decimals=8), x._version)
print(torch.lerp(torch.zeros(2), torch.ones(2), torch.tensor([0.25, 0.75])))
