# torch.sign edge cases an FGSM step runs into
import torch

g = torch.tensor([-0.0, 0.0, 1e-30, -3.0, float("nan"), float("inf")])
print(torch.sign(g))
print(g.sgn())
print(torch.signbit(g))
x = torch.full((6,), 0.5)
print((x + 0.1 * g.sign()).clamp(0, 1))
print(torch.nan_to_num(g.sign()))
