# Which dtypes may require gradients.
import torch

for dt in (torch.float16, torch.bfloat16, torch.float64, torch.complex64,
           torch.int32, torch.uint8, torch.bool):
    t = torch.zeros(2, dtype=dt)
    try:
        t.requires_grad_(True)
        print(dt, 'ok', t.requires_grad)
    except RuntimeError as err:
        print(dt, err)
try:
    torch.ones(3, dtype=torch.int64, requires_grad=True)
except RuntimeError as err:
    print(err)
