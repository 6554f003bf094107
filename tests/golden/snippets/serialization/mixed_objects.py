import io

import torch
from torch import nn

obj = {
    "epoch": 3,
    "losses": [0.9, 0.5, 0.25],
    "shape": torch.Size([2, 3]),
    "dtype": torch.float64,
    "param": nn.Parameter(torch.tensor([1.0, 2.0])),
    "nested": {"ids": torch.tensor([4, 5, 6]), "name": "run-1", "flags": (True, None)},
}
buf = io.BytesIO()
torch.save(obj, buf)
buf.seek(0)
back = torch.load(buf)
for key, value in back.items():
    print(key, value)
print(type(back["param"]).__name__)
