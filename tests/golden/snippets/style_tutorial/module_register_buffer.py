# Buffers: registered state that is saved but not trained; persistent=False keeps it out of state_dict.
import torch
import torch.nn as nn

class RunningMean(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.register_buffer('mean', torch.zeros(n))
        self.register_buffer('count', torch.tensor(0))
        self.register_buffer('scratch', torch.ones(n), persistent=False)
        self.scale = nn.Parameter(torch.ones(n))

    def forward(self, x):
        if self.training:
            self.count += 1
            self.mean += (x.mean(0) - self.mean) / self.count
        return (x - self.mean) * self.scale

torch.manual_seed(0)
m = RunningMean(3)
print(m)
for _ in range(3):
    out = m(torch.randn(4, 3))
print(m.mean, m.count)
print(list(m.state_dict().keys()))
print([n for n, _ in m.named_buffers()])
print([n for n, _ in m.named_parameters()])
m.eval()
print(m(torch.ones(1, 3)))
print(out.grad_fn)
