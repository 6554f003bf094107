# F.gelu on a contiguous float32 tensor is oneDNN's kernel in PyTorch: its minimax erf forward and Abramowitz-Stegun backward
import torch
import torch.nn.functional as F
torch.manual_seed(0)
for s in ((2,), (7,), (40,), (3, 50), (64, 128)):
    x = torch.randn(*s) * 3
    print(s, F.gelu(x).flatten().tolist()[:20], F.gelu(x).sum().item())
x = torch.randn(20, 50)
print(F.gelu(x.t()).sum().item(), F.gelu(x[:1, :1]).item(), torch.nn.GELU()(x).mean().item(), F.gelu(torch.tensor([-3.7039])))
print(F.gelu(torch.tensor([-10., -5.5, 0., 1e-30, -1e-30, float('inf'), float('-inf'), float('nan'), 5.6, 100.])))
for s in ((2,), (7,), (40,), (3, 50), (64, 128)):
    x = (torch.randn(*s) * 3).requires_grad_()
    F.gelu(x).backward(torch.randn(*s))
    print(s, x.grad.flatten().tolist()[:12], x.grad.sum().item())
x = torch.randn(20, 50, requires_grad=True)
F.gelu(x.t()).sum().backward(); print(x.grad.sum().item())
