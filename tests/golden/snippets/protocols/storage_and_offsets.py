# Views share one storage: tensor.storage(), untyped_storage() and storage_offset().
import torch

a = torch.arange(6)
s = a.storage()
print(s)
print(len(s), s.size(), s.tolist(), s[1], s.dtype, s.device, type(s).__name__)
print(torch.tensor([1.5, 2.0, -3.25]).storage())
v = a.view(2, 3)[1:]
print(v.storage().size(), v.storage_offset(), v.untyped_storage().nbytes())
print(v.storage().data_ptr() == a.storage().data_ptr(), a[2:].storage_offset())
print(torch.tensor([1, 2], dtype=torch.int16).untyped_storage())
print(torch.zeros(0).storage())
print(a.is_shared())
