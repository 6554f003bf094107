# float8: finfo, element sizes, the stored bits, and gradients through a cast
import torch

for d in (torch.float8_e4m3fn, torch.float8_e5m2, torch.float8_e4m3fnuz, torch.float8_e5m2fnuz,
          torch.float8_e8m0fnu):
    f = torch.finfo(d)
    print(f)
    print(d, d.is_floating_point, d.is_signed, d.itemsize, f.bits, f.max, f.tiny)
a = torch.tensor([0.1, -2.0, 448.0, float("nan")]).to(torch.float8_e4m3fn)
print(a.element_size(), a.nbytes, a.type(), a.view(torch.uint8), a.view(torch.int8))
print(torch.tensor([56, 184, 3], dtype=torch.uint8).view(torch.float8_e4m3fn))
print(torch.tensor([60, 124], dtype=torch.uint8).view(torch.float8_e5m2))
e = torch.tensor([0.1, 3.3, 1e6, 0.0, float("nan")]).to(torch.float8_e8m0fnu)
print(e.view(torch.uint8), torch.tensor([0, 1, 127, 200, 255], dtype=torch.uint8).view(torch.float8_e8m0fnu))
print(a[0].item(), a.tolist(), a.is_floating_point())
x = torch.tensor([0.3, 1.7], requires_grad=True)
y = x.to(torch.float8_e4m3fn)
print(y)
y.float().sum().backward()
print(x.grad)
w = torch.tensor([1.0, 2.0], dtype=torch.float8_e5m2, requires_grad=True)
(w.float() * 3).sum().backward()
print(w.grad)
