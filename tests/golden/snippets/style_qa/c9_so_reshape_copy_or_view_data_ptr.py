# Q: does reshape copy? After transpose it must; check with data_ptr equality, _base, and is_contiguous.
import torch

x = torch.arange(6.0).view(2, 3)
r1 = x.reshape(3, 2)
print(r1.data_ptr() == x.data_ptr(), r1._base is x)
t = x.t()
r2 = t.reshape(6)
print(t.is_contiguous(), r2.data_ptr() == x.data_ptr(), r2)
r2[0] = 100
print(x[0, 0])
r1[0, 0] = -1
print(x[0, 0])
try:
    t.view(6)
except RuntimeError as e:
    print(e)
print(t.contiguous().view(6), t.contiguous().is_contiguous())
print(x.flatten().data_ptr() == x.data_ptr(), t.flatten().data_ptr() == x.data_ptr())
s = x[:, 1:]
print(s.is_contiguous(), s.stride(), s.storage_offset())
print(s.reshape(4).data_ptr() == s.data_ptr(), x[1].is_contiguous(), x[:, 0].stride())
print(x.T.stride(), x.mT.shape, x.unsqueeze(1).stride())
