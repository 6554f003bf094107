# Course pitfall: forgot .mean() on per-example losses before backward
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
W = torch.randn((5, 5), generator=g, requires_grad=True)
xs = torch.tensor([0, 1, 2, 3])
ys = torch.tensor([1, 2, 3, 0])
xenc = F.one_hot(xs, num_classes=5).float()
logits = xenc @ W
probs = logits.exp() / logits.exp().sum(1, keepdims=True)
per_example = -probs[torch.arange(4), ys].log()
print(per_example)
print(per_example.shape, per_example.grad_fn)
loss = per_example.mean()
print(loss.item())
per_example.backward()
