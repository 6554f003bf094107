# Tensors chapter: which operations are views, judged by strides and storage offsets.
import torch

x = torch.arange(12.0).reshape(3, 4)
for name, v in [("t", x.t()), ("diag", x.diagonal()), ("diag1", x.diagonal(1)), ("narrow", x.narrow(1, 1, 2)),
                ("row", x[1]), ("col", x[:, 2]), ("step", x[::2, ::3]), ("unsq", x.unsqueeze(0)),
                ("flip", x.flip(0)), ("index", x[[0, 2]]), ("mT", x.mT), ("unfold", x.unfold(1, 2, 2))]:
    shares = v.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()
    print(f"{name:7s} {tuple(v.shape)} {v.stride()} offset={v.storage_offset()} view={shares}")
print(x.diagonal().is_contiguous(), x.t().contiguous().stride())
