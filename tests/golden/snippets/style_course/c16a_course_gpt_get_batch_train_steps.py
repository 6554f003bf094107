# Random windows from a token stream via torch.randint offsets, and a few AdamW steps
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1616)
stream = torch.arange(60) % 4
cut = int(0.9 * stream.numel())
splits = {"train": stream[:cut], "val": stream[cut:]}
ctx_len, bs = 4, 3
def sample_windows(name):
    src = splits[name]
    starts = torch.randint(src.numel() - ctx_len, (bs,))
    xs = torch.stack([src[s:s + ctx_len] for s in starts.tolist()])
    return xs, torch.stack([src[s + 1:s + 1 + ctx_len] for s in starts.tolist()])
lookup = nn.Embedding(4, 4)
opt = torch.optim.AdamW(lookup.parameters(), lr=0.1)
for step in range(5):
    inp, tgt = sample_windows("train")
    loss = F.cross_entropy(lookup(inp).view(-1, 4), tgt.view(-1))
    opt.zero_grad(set_to_none=True)
    loss.backward()
    opt.step()
    print(step, inp[0].tolist(), loss.item())
print(sample_windows("val")[0].shape, splits["val"].numel())
