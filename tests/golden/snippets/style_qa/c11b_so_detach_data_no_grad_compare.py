# Q: detach() vs .data vs torch.no_grad(): what each one shares, tracks and reports.
import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a.sigmoid()
d1 = b.detach()
d2 = b.data
with torch.no_grad():
    d3 = b * 1
print(d1.requires_grad, d2.requires_grad, d3.requires_grad)
print(d1.data_ptr() == b.data_ptr(), d2.data_ptr() == b.data_ptr(), d3.data_ptr() == b.data_ptr())
d1.zero_()
try:
    b.sum().backward()
except RuntimeError as e:
    print("detach:", "modified by an inplace operation" in str(e))
print(b)
a2 = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b2 = a2.sigmoid()
b2.data.zero_()
b2.sum().backward()
print("data (silent):", a2.grad)
a3 = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b3 = a3.sigmoid()
print(b3._version, b3.detach()._version)
b3.detach().add_(1)
print(b3._version)
