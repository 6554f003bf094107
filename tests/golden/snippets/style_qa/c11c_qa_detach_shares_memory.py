# Q: does detach() copy? Changing the detached tensor changed my original and broke backward.
import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a.sigmoid()
c = b.detach()
print(c.data_ptr() == b.data_ptr(), c._version, b._version)
c.zero_()
print(b, c._version, b._version)
try:
    b.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
b = a.sigmoid()
c = b.detach().clone()
c.zero_()
b.sum().backward()
print(a.grad)
