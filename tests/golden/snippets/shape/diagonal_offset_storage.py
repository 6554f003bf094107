# Views made with strides (offset diagonals, unfold windows) report their storage and offset as PyTorch's do.
import torch

x = torch.arange(20.0).reshape(4, 5)
for v in (x.diagonal(1), x.diagonal(-2), x.unfold(1, 2, 1)[1:], x.t().diagonal(2), x[1:].diagonal()):
    print(tuple(v.shape), v.stride(), v.storage_offset(),
          v.untyped_storage().data_ptr() == x.untyped_storage().data_ptr(), v._base is x)
d = x.diagonal(1)
d[0] = -1.0
print(x[0, 1], d.untyped_storage().size(), len(d.storage()) if hasattr(d, "storage") else None)
