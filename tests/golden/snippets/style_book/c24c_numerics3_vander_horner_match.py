# Section 9.10: Vandermonde times coefficients equals Horner (integers, exact)
import torch

c = torch.tensor([3, 0, -2, 1])  # 3x^3 - 2x + 1
x = torch.tensor([-2, -1, 0, 1, 2, 3])
V = torch.vander(x, N=4)
via_vander = (V * c).sum(dim=1)
acc = torch.zeros_like(x)
for ci in c:
    acc = acc * x + ci
print(via_vander, acc, torch.equal(via_vander, acc))
