# .real, .imag and view_as_real share memory with the complex tensor; view_as_complex too.
import torch

x = torch.tensor([1 + 2j, 3 - 4j])
x.real[0] = 5
print(x)
x.imag.mul_(2)
print(x)
xr = torch.view_as_real(x)
xr[1, 0] = -1
print(x, xr)
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
z = torch.view_as_complex(w)
z[0] = 10 - 1j
print(w, z)
x.real.zero_()
print(x, x._version)
y = x.clone()
y.imag[1] = 0.5
print(x, y)
