# checkpointed residual block with dropout: recomputation replays the same dropout mask
import torch
import torch.nn as nn
import torch.utils.checkpoint as cp
class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.ff = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.5), nn.Linear(8, 4))
    def forward(self, h):
        return h + cp.checkpoint(self.ff, h, use_reentrant=False)
torch.manual_seed(74)
blk = Block()
h = torch.randn(3, 4, requires_grad=True)
out = blk(h)
out.pow(2).sum().backward()
print(out[0])
print(h.grad[0])
print(blk.ff[0].bias.grad)
