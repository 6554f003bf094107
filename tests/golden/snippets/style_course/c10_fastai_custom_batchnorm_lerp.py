# fast.ai course part 2: a BatchNorm written with register_buffer and lerp_, compared with nn.BatchNorm1d(momentum=0.1).
import torch
from torch import nn

class BatchNorm(nn.Module):
    def __init__(self, nf, mom=0.1, eps=1e-5):
        super().__init__()
        self.mom, self.eps = mom, eps
        self.mults = nn.Parameter(torch.ones(nf))
        self.adds = nn.Parameter(torch.zeros(nf))
        self.register_buffer("vars", torch.ones(1, nf))
        self.register_buffer("means", torch.zeros(1, nf))

    def update_stats(self, x):
        m = x.mean(0, keepdim=True)
        v = x.var(0, keepdim=True)
        self.means.lerp_(m, self.mom)
        self.vars.lerp_(v, self.mom)
        return m, v

    def forward(self, x):
        if self.training:
            with torch.no_grad():
                m, v = self.update_stats(x)
        else:
            m, v = self.means, self.vars
        x = (x - m) / (v + self.eps).sqrt()
        return x * self.mults + self.adds

torch.manual_seed(0)
mine, ref = BatchNorm(5), nn.BatchNorm1d(5)
for step in range(3):
    x = torch.randn(16, 5) * 3 + 2
    a, b = mine(x), ref(x)
    print(step, (a - b).abs().max().item() < 1e-2)
print(mine.means, ref.running_mean)
print(mine.vars.squeeze(0), ref.running_var)
print([n for n, _ in mine.named_buffers()], list(mine.state_dict().keys()))
mine.eval()
ref.eval()
x = torch.randn(4, 5)
print(torch.allclose(mine(x), ref(x), atol=1e-5))
print(torch.lerp(torch.zeros(3), torch.ones(3), 0.25), torch.zeros(3).lerp(torch.tensor([2.0, 4.0, 6.0]), torch.tensor([0.5, 0.25, 1.0])))
