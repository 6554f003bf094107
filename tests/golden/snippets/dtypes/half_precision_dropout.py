# dropout on half-precision activations: the kept values scaled by 1 / (1 - p) as PyTorch rounds it
import torch
import torch.nn.functional as F
for dtype in (torch.float16, torch.bfloat16):
    torch.manual_seed(0)
    h = (torch.randn(4, 8) * 2).to(dtype)
    print(F.dropout(h, 0.3, training=True))
    print(F.dropout(h, 0.1, training=True).float().sum().item())
    print(F.dropout2d(h.view(2, 2, 2, 4), 0.5, training=True).float().sum().item())
    with torch.autocast("cpu", dtype=torch.bfloat16):
        lin = torch.nn.Linear(8, 3)
        out = F.dropout(lin(h.float()), 0.2, training=True)
    print(out.dtype, out.float().sum().item())
