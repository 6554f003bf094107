# A module that normalises its inputs with running statistics kept in buffers (one non-persistent).
import torch
import torch.nn as nn

class RunningNorm(nn.Module):
    def __init__(self, n, momentum=0.5):
        super().__init__()
        self.momentum = momentum
        self.register_buffer("mean", torch.zeros(n))
        self.register_buffer("count", torch.tensor(0))
        self.register_buffer("scratch", torch.ones(n), persistent=False)
        self.scale = nn.Parameter(torch.ones(n))

    def forward(self, x):
        if self.training:
            with torch.no_grad():
                self.mean.mul_(1 - self.momentum).add_(self.momentum * x.mean(0))
                self.count += 1
        return (x - self.mean) * self.scale

torch.manual_seed(2)
m = RunningNorm(3)
print(list(m.state_dict().keys()))
print([n for n, _ in m.named_buffers()])
for _ in range(3):
    m(torch.randn(5, 3) + 2)
print(m.mean, m.count)
m.eval()
out = m(torch.ones(1, 3))
print(out)
print(m.count)
clone = RunningNorm(3)
print(clone.load_state_dict(m.state_dict()))
print(torch.equal(clone.mean, m.mean), clone.count)
print(m)
m.scratch = torch.zeros(3)
print(m.scratch, "scratch" in m.state_dict())
