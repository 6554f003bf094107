# Data tutorial: what default_collate does to tuples, dicts, numbers and numpy arrays
import numpy as np
import torch
from torch.utils.data import default_collate, DataLoader

batch = [(torch.tensor([1.0, 2.0]), 0), (torch.tensor([3.0, 4.0]), 1), (torch.tensor([5.0, 6.0]), 1)]
xs, ys = default_collate(batch)
print(xs, ys, ys.dtype)
dicts = [{"img": np.ones((2, 2), dtype=np.float32) * i, "label": float(i)} for i in range(3)]
out = default_collate(dicts)
print(out["img"].shape, out["img"].dtype, out["label"], out["label"].dtype)
print(default_collate([[1, 2], [3, 4]]))
loader = DataLoader(list(range(7)), batch_size=3)
print(list(loader), len(loader))
loader = DataLoader(list(range(7)), batch_size=3, drop_last=True)
print([b.tolist() for b in loader])
