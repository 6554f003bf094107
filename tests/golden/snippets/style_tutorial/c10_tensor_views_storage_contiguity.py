# Which operations share storage: view, transpose, narrow, expand, and when .contiguous() copies.
import torch

base = torch.arange(12.0).reshape(3, 4)
v = base.view(4, 3)
t = base.t()
n = base.narrow(1, 1, 2)
e = torch.tensor([1.0, 2.0]).expand(3, 2)
for name, x in [("view", v), ("t", t), ("narrow", n), ("expand", e)]:
    print(name, x.is_contiguous(), x.stride(), x.storage_offset())
print(v.untyped_storage().data_ptr() == base.untyped_storage().data_ptr())
c = t.contiguous()
print(c.stride(), c.untyped_storage().data_ptr() == base.untyped_storage().data_ptr())
print(base.contiguous() is base)
n[0, 0] = 100
print(base[0])
try:
    t.view(12)
except RuntimeError as e2:
    print("RuntimeError:", e2)
print(t.reshape(12))
print(base._is_view(), v._is_view(), v._base is base)
print(e.stride(), e.contiguous().stride())
print(base.untyped_storage().nbytes(), base.element_size(), base.nelement())
print(torch.arange(6).view(2, 3).T.is_contiguous(), torch.arange(6).view(2, 3).T.contiguous().is_contiguous())
