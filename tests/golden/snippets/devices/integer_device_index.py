# A device given as an int is an accelerator's index: refused on a CPU-only build, wherever it is given.
import numpy as np
import torch

x = torch.ones(2)
model = torch.nn.Linear(2, 1)
calls = [lambda: torch.device(0), lambda: torch.device(np.int64(1)), lambda: torch.device(-1),
         lambda: torch.device(True), lambda: torch.device(0.5), lambda: torch.device(None), lambda: torch.device([0]),
         lambda: torch.device(0, 1), lambda: torch.zeros(2, device=0), lambda: x.to(0), lambda: x.to(0, torch.float64),
         lambda: x.to(device=0), lambda: x.to(-1), lambda: model.to(0), lambda: torch.tensor([1.0], device=0)]
for call in calls:
    try:
        print(call())
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
print(torch.device('cpu', 0), x.to(torch.device('cpu')).device)
