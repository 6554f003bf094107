# Course lab: BatchNorm2d statistics reproduced by hand — per-channel batch stats, running averages
# with momentum 0.1 and with momentum=None (cumulative), then eval-mode output.
import torch
import torch.nn as nn

torch.manual_seed(6)
bn = nn.BatchNorm2d(3)
cum = nn.BatchNorm2d(3, momentum=None)
run_mean = torch.zeros(3)
run_var = torch.ones(3)
batches = [torch.randn(4, 3, 2, 2) * (k + 1) + k for k in range(3)]
for k, xb in enumerate(batches):
    y = bn(xb)
    cum(xb)
    m = xb.mean(dim=(0, 2, 3))
    v = xb.var(dim=(0, 2, 3), unbiased=True)
    run_mean = 0.9 * run_mean + 0.1 * m
    run_var = 0.9 * run_var + 0.1 * v
    print(k, torch.allclose(bn.running_mean, run_mean), torch.allclose(bn.running_var, run_var))
print(bn.num_batches_tracked, cum.num_batches_tracked)
stacked = torch.stack([b.mean(dim=(0, 2, 3)) for b in batches])
print(cum.running_mean)
print(stacked.mean(0))
bn.eval()
x = torch.randn(2, 3, 2, 2)
manual = (x - bn.running_mean[None, :, None, None]) / torch.sqrt(bn.running_var[None, :, None, None] + bn.eps)
print((bn(x) - manual).abs().max() < 1e-6)
print(bn.running_var)
print(y[0, 0])
