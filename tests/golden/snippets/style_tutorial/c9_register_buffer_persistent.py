# register_buffer: persistent and non-persistent buffers, running statistics, state_dict and .to().
import torch
import torch.nn as nn

class RunningNorm(nn.Module):
    def __init__(self, dim, momentum=0.1):
        super().__init__()
        self.momentum = momentum
        self.register_buffer("running_mean", torch.zeros(dim))
        self.register_buffer("count", torch.tensor(0, dtype=torch.long))
        self.register_buffer("scratch", torch.ones(dim), persistent=False)

    def forward(self, x):
        if self.training:
            with torch.no_grad():
                self.running_mean.mul_(1 - self.momentum).add_(self.momentum * x.mean(0))
                self.count += 1
        return x - self.running_mean

torch.manual_seed(0)
m = RunningNorm(3)
print(list(m.state_dict().keys()))
print([n for n, _ in m.named_buffers()])
print(list(m.parameters()))
for _ in range(4):
    m(torch.randn(8, 3) + 2)
print(m.running_mean, m.count)
m.eval()
print(m(torch.ones(1, 3)))
m.double()
print(m.running_mean.dtype, m.count.dtype, m.scratch.dtype)
print(m.state_dict())
m2 = RunningNorm(3)
m2.load_state_dict(m.state_dict())
print(m2.running_mean, m2.count)
m.scratch = None
print([n for n, _ in m.named_buffers()])
