# Reductions in float16: sum and mean accumulate in float, cumsum does not
import torch

x = torch.full((4096,), 0.1, dtype=torch.float16)
print(x.sum(), x.mean())
print(x.cumsum(0)[-1])
print(x.float().sum())
y = torch.linspace(0, 1, 11).half()
print(y.var(), y.std(), y.norm())
print(y.prod(), (y + 1).prod())
