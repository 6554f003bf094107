# Section 7.6: modified Bessel functions and the Kaiser window
import torch

x = torch.tensor([0.0, 0.5, 1.0, 5.0])
print(torch.special.i0(x))
print(torch.special.i0e(x))
print(torch.special.i1(x))
print(torch.i0(torch.tensor([2.0])))
w = torch.kaiser_window(5, periodic=False, beta=3.0)
print(w)
