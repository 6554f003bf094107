# Too small a finite-difference step loses to round-off, especially in float32.
import torch

for dtype in [torch.float32, torch.float64]:
    x = torch.tensor(1.0, dtype=dtype)
    errs = []
    for e in [2, 4, 6, 8]:
        h = 10.0 ** -e
        d = (torch.log(x + h) - torch.log(x)) / h
        errs.append(f"{abs(d.item() - 1.0):.1e}")
    print(dtype, errs)
