# A view and its base share memory; a reshape of a transposed matrix must copy.
import torch

a = torch.arange(6.0)
v = a.view(2, 3)
v[1, 1] = -1.0
print(a)
print(v.untyped_storage().data_ptr() == a.untyped_storage().data_ptr())
print(v._base is a, a._base)
t = v.t()
r = t.reshape(6)
print(r, r._base is None)
print(t.contiguous().stride(), t.stride())
