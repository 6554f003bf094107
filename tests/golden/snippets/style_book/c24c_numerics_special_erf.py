# Section 7.3: the error function and the normal CDF
import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0, 6.0])
print(torch.special.erf(x))
print(torch.special.erfc(x))
print(torch.special.erfinv(torch.tensor([-0.5, 0.0, 0.5, 1.0])))
print(torch.special.ndtr(torch.tensor([0.0, 1.0])))
print(torch.special.ndtri(torch.tensor([0.5, 0.975])))
print(torch.special.erfcx(torch.tensor([0.0, 10.0])))
