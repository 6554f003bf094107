# Issue: "x ** p gives NaN gradient wrt p when x = 0" — exponent gradient at zero base.
import torch

base = torch.tensor([0.0, 0.0, 2.0])
expo = torch.tensor([0.5, 2.0, 1.0], requires_grad=True)
(ge,) = torch.autograd.grad(torch.pow(base, expo).sum(), expo)
print(ge)
b2 = torch.tensor([0.0, -8.0], requires_grad=True)
(gb,) = torch.autograd.grad((b2 ** (1.0 / 3.0)).nan_to_num().sum(), b2)
print(gb)
