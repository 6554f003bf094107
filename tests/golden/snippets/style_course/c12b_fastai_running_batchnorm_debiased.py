# fast.ai RunningBatchNorm: running sums and counts with lerp and a debiasing factor.
import torch
import torch.nn as nn

class RunningBatchNorm(nn.Module):
    def __init__(self, nf, mom=0.1, eps=1e-5):
        super().__init__()
        self.mom, self.eps = mom, eps
        self.mults = nn.Parameter(torch.ones(nf, 1, 1))
        self.adds = nn.Parameter(torch.zeros(nf, 1, 1))
        self.register_buffer('sums', torch.zeros(1, nf, 1, 1))
        self.register_buffer('sqrs', torch.zeros(1, nf, 1, 1))
        self.register_buffer('batch', torch.tensor(0.))
        self.register_buffer('count', torch.tensor(0.))
        self.register_buffer('dbias', torch.tensor(0.))
    def update_stats(self, x):
        bs, nc, *_ = x.shape
        self.sums.detach_(); self.sqrs.detach_()
        dims = (0, 2, 3)
        s = x.sum(dims, keepdim=True)
        ss = (x * x).sum(dims, keepdim=True)
        c = self.count.new_tensor(x.numel() / nc)
        mom1 = 1 - (1 - self.mom) / ((bs - 1) ** 0.5)
        self.mom1 = self.dbias.new_tensor(mom1)
        self.sums.lerp_(s, self.mom1)
        self.sqrs.lerp_(ss, self.mom1)
        self.count.lerp_(c, self.mom1)
        self.dbias = self.dbias * (1 - self.mom1) + self.mom1
        self.batch += bs
    def forward(self, x):
        if self.training: self.update_stats(x)
        sums, sqrs, c = self.sums, self.sqrs, self.count
        if self.batch < 20:
            sums, sqrs, c = sums / self.dbias, sqrs / self.dbias, c / self.dbias
        means = sums / c
        vars = (sqrs / c).sub_(means * means)
        if bool(self.batch < 20): vars.clamp_min_(0.01)
        x = (x - means).div_((vars.add_(self.eps)).sqrt())
        return x.mul_(self.mults).add_(self.adds)

torch.manual_seed(0)
rbn = RunningBatchNorm(3)
for i in range(4):
    out = rbn(torch.randn(5, 3, 4, 4) * 2 + i)
    print(i, rbn.batch.item(), round(rbn.dbias.item(), 6), rbn.mom1.item())
print(rbn.sums.flatten(), rbn.count)
print(out.mean((0, 2, 3)), out.std((0, 2, 3)))
print(sorted(n for n, _ in rbn.named_buffers()))
