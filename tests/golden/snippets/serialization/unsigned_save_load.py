# A checkpoint holding uint16/uint32/uint64 tensors (a 16-bit image, its labels) saved and loaded back.
import os
import tempfile

import numpy as np
import torch

img = torch.from_numpy(np.array([[0, 40000], [65535, 12]], dtype=np.uint16))
batch = {"image": img, "column": img[:, 1], "ids": torch.tensor([2**64 - 1, 3], dtype=torch.uint64),
         "labels": torch.tensor([1, 0], dtype=torch.uint32)}
path = os.path.join(tempfile.mkdtemp(), "batch.pt")
torch.save(batch, path)
back = torch.load(path)
for key, value in back.items():
    print(key, value, value.dtype, value.stride(), value.storage_offset())
print(torch.equal(back["image"], img), back["column"].float() / 65535)
