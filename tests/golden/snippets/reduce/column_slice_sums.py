# sums and means of a slice of columns, the layout cat's backward hands on
import torch
torch.manual_seed(0)
for dtype in (torch.float32, torch.float64):
    g = torch.randn(333, 13, dtype=dtype)
    part = g[:, 4:9]
    print(part.is_contiguous())
    print(part.sum(0).tolist())
    print(part.sum(dim=1)[:6].tolist())
    print(part.mean(0).tolist())
    wide = torch.randn(1000, 40, dtype=dtype)[:, 3:36]
    print(wide.sum(0)[:5].tolist(), wide.sum(-1)[:3].tolist())
