# fast.ai course: BatchNorm from scratch with lerp_ running stats, vs nn.BatchNorm1d in train and eval
import torch
from torch import nn

class ScratchBN(nn.Module):
    def __init__(self, features, momentum=0.1, eps=1e-5):
        super().__init__()
        self.momentum, self.eps = momentum, eps
        self.gain = nn.Parameter(torch.ones(features))
        self.shift = nn.Parameter(torch.zeros(features))
        self.register_buffer("vars", torch.ones(features))
        self.register_buffer("means", torch.zeros(features))

    def forward(self, x):
        mu, var = (x.mean(0), x.var(0, unbiased=False)) if self.training else (self.means, self.vars)
        if self.training:
            with torch.no_grad():
                self.means.lerp_(mu, self.momentum)
                self.vars.lerp_(x.var(0), self.momentum)
        return (x - mu) / (var + self.eps).sqrt() * self.gain + self.shift

torch.manual_seed(0)
mine, ref = ScratchBN(3), nn.BatchNorm1d(3)
for step in range(3):
    x = torch.randn(8, 3) * 2 + 1.5
    print((mine(x) - ref(x)).abs().max().item())
print(mine.means, ref.running_mean, sep='\n')
print(mine.vars, ref.running_var)
mine.eval(); ref.eval()
print((mine(x) - ref(x)).abs().max().item())
