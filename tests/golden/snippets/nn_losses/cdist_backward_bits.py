# Gradients of torch.cdist (the direct kernel, few rows) bit for bit: ATen's _cdist_backward adds each
# pair's term (grad * diff / dist for p = 2) row after row, for p = 1, 2 and inf, float32 and float64.
# The points sit on a half-integer grid, so the distances themselves are exact.
import torch

torch.manual_seed(8)
for dtype in (torch.float32, torch.float64):
    for p in (1.0, 2.0, float('inf')):
        a = (torch.randint(-4, 5, (2, 5, 11)) / 2).to(dtype).requires_grad_()
        b = (torch.randint(-4, 5, (2, 4, 11)) / 2).to(dtype).requires_grad_()
        d = torch.cdist(a, b, p=p)
        (d * torch.cos(torch.arange(d.numel(), dtype=dtype)).view(d.shape)).sum().backward()
        print(dtype, p, a.grad.flatten().tolist()[-4:], b.grad.flatten().tolist()[:4])
        print(a.grad.sum(dim=(0, 1)).tolist()[:3])
