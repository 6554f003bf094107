# var/std in float64 as PyTorch's CPU kernels take them: one output (every element reduced) is the
# tensor's own mean and a running sum of squared deviations; several outputs are Welford's update.
# var_mean always takes Welford's. Full precision shows the last bits.
import torch

torch.manual_seed(231)
x = 5 * torch.randn(6, 4, dtype=torch.float64) + 12
print(x.var(0, unbiased=False).tolist())
print(x.var(1).tolist())
print(x.std(0).tolist(), x.std(-1, keepdim=True).squeeze().tolist())
print(x.var().item(), x.std().item(), x.var(correction=0).item())
print(x[:, :1].var(0).tolist(), x.flatten().var(0).item(), x.var((0, 1)).item())
print(torch.var_mean(x, 0), torch.std_mean(x))
print(torch.var_mean(x, dim=(0, 1), keepdim=True))
y = torch.randn(3, 5, 7, dtype=torch.float64) * 0.01 - 3
print(y.var((0, 2)).tolist())
print(y.transpose(0, 2).var(1).flatten()[:5].tolist())
print(y.std(2)[0].tolist())
z = torch.randn(40, 3) * 4 + 100
print(z.var(0).tolist(), z.var().item(), z.std(1)[:4].tolist())
print(torch.tensor([1.0, 2.0, 4.0], dtype=torch.float64).var().item(), torch.tensor([7.0], dtype=torch.float64).var(0, unbiased=False))
