# Sums and means over a permuted view (an NHWC batch seen as NCHW, a transposed matrix) add in memory order, as PyTorch's TensorIterator orders the dims.
import torch
torch.manual_seed(231)
imgs = torch.randint(0, 256, (8, 32, 32, 3), dtype=torch.uint8)
xm = imgs.float() / 255.0
x = xm.permute(0, 3, 1, 2)
for dims in [(0, 2, 3), (2, 3), (0,), (1,), (3,), (0, 1), (1, 2, 3), (0, 1, 2, 3)]:
    print(dims, x.sum(dim=dims).flatten()[:4].tolist(), x.mean(dim=dims, keepdim=True).shape)
t = torch.randn(300, 7).t()
print(t.sum(0)[:3].tolist(), t.sum(1).tolist(), t.mean(1).tolist())
y = torch.randn(5, 6, 40).transpose(1, 2)
print(y.sum(1)[0, :3].tolist(), y.sum((0, 2))[:3].tolist(), y.std(dim=(0, 2))[:3].tolist())
print(x.std(dim=(0, 2, 3)).tolist(), x.var(dim=(0, 2, 3)).tolist())
print(x.sum().item(), x.mean().item(), t.sum().item(), y.sum().item(), y.mean().item())
z = torch.randn(64, 33).t()
print(z.sum().item(), z[:, ::2].sum().item(), z.sum(dim=(0, 1)).item())
