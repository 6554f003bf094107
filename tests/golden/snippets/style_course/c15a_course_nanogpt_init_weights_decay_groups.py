# nanoGPT-style: normal(0, 0.02) init via apply, a scaled residual projection, decay/no-decay groups
import math
import torch
import torch.nn as nn

class TinyBlock(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.wte = nn.Embedding(20, width)
        self.norm = nn.LayerNorm(width)
        self.up = nn.Linear(width, 4 * width)
        self.res_proj = nn.Linear(4 * width, width)

def gpt_init(mod):
    if isinstance(mod, (nn.Linear, nn.Embedding)):
        nn.init.normal_(mod.weight, mean=0.0, std=0.02)
    if isinstance(mod, nn.Linear) and mod.bias is not None:
        nn.init.zeros_(mod.bias)

torch.manual_seed(2000)
blk = TinyBlock(16)
blk.apply(gpt_init)
nn.init.normal_(blk.res_proj.weight, mean=0.0, std=0.02 / math.sqrt(2 * 4))
print({name: round(t.std().item(), 4) for name, t in blk.named_parameters() if t.ndim >= 2})
to_decay = [t for t in blk.parameters() if t.ndim >= 2]
no_decay = [t for t in blk.parameters() if t.ndim < 2]
print(f"decayed tensors: {len(to_decay)} ({sum(t.numel() for t in to_decay):,} params)")
print(f"non-decayed tensors: {len(no_decay)} ({sum(t.numel() for t in no_decay):,} params)")
opt = torch.optim.AdamW([{"params": to_decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
                        lr=6e-4, betas=(0.9, 0.95), eps=1e-8)
print([g["weight_decay"] for g in opt.param_groups], opt.defaults["fused"], opt.defaults["foreach"])
