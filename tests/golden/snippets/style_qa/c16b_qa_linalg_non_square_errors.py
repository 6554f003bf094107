# Q: linalg functions on non-square or non-float inputs.
import torch

R = torch.ones(2, 3)
for fn in (torch.linalg.inv, torch.linalg.det, torch.linalg.eigh):
    try:
        fn(R)
    except RuntimeError as e:
        print(fn.__name__, e)
try:
    torch.linalg.inv(torch.eye(2, dtype=torch.int64))
except RuntimeError as e:
    print(e)
try:
    torch.linalg.solve(torch.eye(2), torch.ones(3))
except RuntimeError as e:
    print(e)
