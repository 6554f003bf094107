# nested torch.func.grad gives higher derivatives of a Gaussian
import torch
import torch.func as fc
gauss = lambda x: torch.exp(-0.5 * x * x)
x0 = torch.tensor(1.25)
d1 = fc.grad(gauss)
d2 = fc.grad(d1)
d3 = fc.grad(d2)
print(d1(x0), -x0 * gauss(x0))
print(d2(x0), (x0 ** 2 - 1) * gauss(x0))
print(d3(x0).item())
