# float32 2-norms of transposed views printed to every digit: over the dim that is contiguous
# in memory, and over the whole tensor, PyTorch adds the squares in memory order.
import torch

torch.manual_seed(1)
for rows, cols in [(3, 5), (7, 13), (20, 9), (33, 40)]:
    x = torch.randn(cols, rows).t()
    print(rows, cols, x.norm(dim=0).tolist(), x.norm().item(), torch.linalg.vector_norm(x).item())
    print(x.norm(dim=0, keepdim=True).shape, x.norm(dim=1)[:3].tolist())
y = torch.randn(6, 5, 11).permute(2, 1, 0)
print(y.norm(dim=0).shape, y.norm(dim=0)[0].tolist(), y.norm().item(), y.norm(dim=(0, 1)).tolist())
