# Modules: buffers vs parameters in state_dict (keep_vars), persistent=False, and train/eval flags of children.
import torch
from torch import nn

class RunningMean(nn.Module):
    def __init__(self, num_features, momentum=0.9):
        super().__init__()
        self.momentum = momentum
        self.register_buffer("mean", torch.zeros(num_features))
        self.register_buffer("count", torch.tensor(0), persistent=False)
        self.scale = nn.Parameter(torch.ones(num_features))

    def forward(self, x):
        if self.training:
            self.mean = self.momentum * self.mean + (1 - self.momentum) * x.mean(0)
            self.count += 1
        return (x - self.mean) * self.scale

m = RunningMean(3)
torch.manual_seed(17)
for _ in range(4):
    out = m(torch.randn(8, 3) + 2)
print(m.mean, m.count)
print(m.state_dict())
print({k: type(v).__name__ for k, v in m.state_dict(keep_vars=True).items()})
print([n for n, _ in m.named_buffers()], [n for n, _ in m.named_parameters()])
m.eval()
print(m(torch.ones(2, 3)))
print(m.training, m.count)
net = nn.Sequential(m, nn.Dropout(0.3))
net.train()
print([c.training for c in net.children()])
