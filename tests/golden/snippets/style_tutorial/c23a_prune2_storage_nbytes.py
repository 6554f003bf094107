# Views share storage: slicing a weight does not shrink its memory until you clone
import torch

w = torch.zeros(100, 50)
row = w[:10]
print(w.untyped_storage().nbytes(), row.untyped_storage().nbytes())
print(row.nbytes, row.clone().untyped_storage().nbytes())
print(w.half().untyped_storage().nbytes(), row.is_contiguous(), w[:, :5].is_contiguous())
print(row.storage_offset(), w[3:].storage_offset(), w[:, 7].stride())
