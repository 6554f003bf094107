# Every digit of weighted and ignore_index losses: PyTorch adds the samples into a cascade of
# float32 partial sums (the weights too), then divides.
import torch
import torch.nn.functional as F

torch.manual_seed(7)
for n, c in [(5, 3), (37, 10), (300, 7)]:
    logits = torch.randn(n, c, requires_grad=True) * 3
    logits.retain_grad()
    target = torch.randint(0, c, (n,))
    weight = torch.rand(c) * 2
    for kwargs in [dict(weight=weight), dict(ignore_index=1), dict(weight=weight, ignore_index=2)]:
        for reduction in ["mean", "sum"]:
            loss = F.cross_entropy(logits, target, reduction=reduction, **kwargs)
            logp = F.log_softmax(logits.detach(), dim=1)
            nll = F.nll_loss(logp, target, reduction=reduction, **kwargs)
            print(n, sorted(kwargs), reduction, loss.item(), nll.item())
    loss = F.cross_entropy(logits, target, weight=weight, ignore_index=0)
    loss.backward()
    print([round(v, 10) for v in logits.grad[:3].reshape(-1).tolist()])

# (N, C, H, W): the spatial positions, batch after batch, go through the same cascade
images = torch.randn(3, 5, 6, 7)
pixels = torch.randint(0, 5, (3, 6, 7))
w = torch.rand(5)
logp = F.log_softmax(images, dim=-1).transpose(1, 3).contiguous().transpose(1, 3)
for kwargs in [dict(), dict(weight=w), dict(ignore_index=3), dict(weight=w, ignore_index=0)]:
    print(sorted(kwargs), F.nll_loss(logp, pixels, **kwargs).item(), F.nll_loss(logp, pixels, reduction="sum", **kwargs).item())

# label smoothing with weight=: its mean divides by the kept samples' weights, summed by torch.sum
logits = torch.randn(300, 7, requires_grad=True)
target = torch.randint(0, 7, (300,))
weight = torch.rand(7)
for ignore in (-100, 3):
    loss = F.cross_entropy(logits, target, weight=weight, ignore_index=ignore, label_smoothing=0.1)
    (grad,) = torch.autograd.grad(loss, logits)
    print(loss.item(), grad.abs().sum().item(), grad[0].tolist())
