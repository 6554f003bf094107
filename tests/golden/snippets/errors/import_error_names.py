# Misspelt imports, caught and inspected: the error names PyTorch's module and its file
import os

import torch

for stmt in ("from torch import Tensr", "from torch.nn import Linaer", "from torch.nn.functional import relu6_",
             "from torch.optim import ADAM", "from torch.utils.data import Dataloader"):
    try:
        exec(stmt)
    except ImportError as e:
        location = str(e).rpartition(" (")[2].rstrip(")")
        print(type(e).__name__, e.name, str(e).rpartition(" (")[0], location == e.path, os.path.basename(e.path))
