import os
import tempfile

import torch
from torch import nn

torch.manual_seed(0)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "linear.pt")
    torch.save(nn.Linear(2, 2).state_dict(), path)
    sd = torch.load(path, map_location="cpu", weights_only=True)
    print(sd)
    try:
        torch.load(os.path.join(tmp, "missing.pt"))
    except FileNotFoundError as e:
        print("FileNotFoundError", type(e).__name__)
