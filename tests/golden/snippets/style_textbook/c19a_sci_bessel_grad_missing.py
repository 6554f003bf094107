# derivative of the modified Bessel function i0 (d/dx i0 = i1)
import torch
x = torch.tensor([0.5, 1.5], requires_grad=True)
y = torch.special.i0(x)
y.sum().backward()
print(x.grad)
print(torch.special.i1(x.detach()))
print(torch.special.i0e(x.detach()), torch.special.i1e(x.detach()))
