# Average pooling at full precision: each window added row by row, then divided; the backward adds
# each output's share in the outputs' order; the adaptive form divides by height, then width.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.sigmoid(torch.randn(2, 3, 12, 13)) * 3
for dt in (torch.float32, torch.float64, torch.float16, torch.bfloat16):
    xd = x.to(dt)
    print(dt, F.avg_pool2d(xd, 2).sum().item(), F.avg_pool2d(xd, 3, 2, 1, count_include_pad=False).view(-1)[:3].tolist())
    print(F.adaptive_avg_pool2d(xd, (5, 4)).view(-1)[:4].tolist(), F.adaptive_avg_pool2d(xd, 3).sum().item())
a = F.avg_pool2d(x, 2)
print(a.view(-1)[:6].tolist())
print(F.avg_pool1d(x[0], 5, 2).view(-1)[:4].tolist())
xg = x.clone().requires_grad_()
F.avg_pool2d(xg, 3, 1, 1).pow(2).sum().backward()
print(xg.grad.view(-1)[:6].tolist())
xg.grad = None
F.adaptive_avg_pool2d(xg, (5, 4)).pow(2).sum().backward()
print(xg.grad.view(-1)[:6].tolist())
