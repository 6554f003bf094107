# @torch.no_grad() on a report helper that evaluates train and val
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
data = {"train": (torch.randn(20, 3, generator=g), torch.randint(0, 4, (20,), generator=g)),
        "val": (torch.randn(8, 3, generator=g), torch.randint(0, 4, (8,), generator=g))}
W = torch.randn(3, 4, generator=g, requires_grad=True)

@torch.no_grad()
def report(split):
    x, y = data[split]
    loss = F.cross_entropy(x @ W, y)
    print(split, loss.item(), loss.requires_grad)

report("train")
report("val")
F.cross_entropy(data["train"][0] @ W, data["train"][1]).backward()
W.data -= 1.0 * W.grad
report("train")
report("val")
