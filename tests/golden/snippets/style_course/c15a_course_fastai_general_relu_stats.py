# fast.ai course: GeneralRelu (leak, subtract, clamp max) and the mean/std it gives after a layer
import torch
import torch.nn.functional as F
from torch import nn

class ShiftedLeaky(nn.Module):
    def __init__(self, slope=0.0, shift=0.0, cap=None):
        super().__init__()
        self.slope, self.shift, self.cap = slope, shift, cap

    def forward(self, inp):
        out = F.leaky_relu(inp, self.slope) - self.shift
        return out if self.cap is None else out.clamp_max_(self.cap)

torch.manual_seed(1)
lin = nn.Linear(50, 50)
nn.init.kaiming_normal_(lin.weight, a=0.1)
batch = torch.randn(256, 50)
for act in [ShiftedLeaky(), ShiftedLeaky(0.1, 0.4), ShiftedLeaky(0.1, 0.4, cap=1.0)]:
    out = act(lin(batch))
    print(f"mean {out.mean().item():.4f} std {out.std().item():.4f} max {out.max().item():.4f}")
probe = ShiftedLeaky(0.1, 0.4, cap=2.0)(torch.tensor([-2.0, 0.0, 3.0], requires_grad=True) * 1)
print(probe, probe.grad_fn)
