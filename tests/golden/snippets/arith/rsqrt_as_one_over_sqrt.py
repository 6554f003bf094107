# rsqrt is 1 / sqrt(x) in the tensor's type, each step rounded, not the correctly rounded reciprocal root
import torch
torch.manual_seed(0)
for dt in (torch.float32, torch.float64, torch.bfloat16):
    x = (torch.rand(40) * 3 + 0.01).to(dt).requires_grad_()
    y = x.rsqrt()
    y.sum().backward()
    print(dt, y.tolist()[:12], x.grad.tolist()[:6])
print(torch.tensor([4, 9, 0]).rsqrt(), torch.rsqrt(torch.tensor([0., -1., float('inf')])))
print(torch.randn(7, 13).abs().rsqrt().sum().item(), torch.tensor([2.0, 3.0, 5.0]).rsqrt())
