# Overlapping windows from as_strided share storage with the series
import torch

ts = torch.arange(10.0)
view = ts.as_strided(size=(3, 5), stride=(2, 1))
print(view)
ts[5] = -50.0
print(view[:, 0], view[2])
print(view.storage_offset(), view.stride(), view.is_contiguous())
shifted = torch.as_strided(ts, (2, 3), (3, 1), 2)
print(shifted)
print(view.contiguous().stride(), view.untyped_storage().nbytes())
