# Every digit of softmax / log_softmax over a dim other than the last: PyTorch reduces each
# column in order, SLEEF's expf on whole vectors of columns, the C library's on the rest.
import torch
import torch.nn.functional as F

torch.manual_seed(3)
for shape, dim in [((5, 4), 0), ((6, 20), 0), ((2, 7, 19), 1), ((3, 5, 40), 0), ((2, 10, 4, 5), 1),
                   ((2, 3, 6, 6), 2), ((1, 4, 33, 2), 1)]:
    x = (torch.randn(*shape) * 4).requires_grad_()
    g = torch.randn(*shape)
    for fn in (torch.softmax, torch.log_softmax):
        y = fn(x, dim)
        (grad,) = torch.autograd.grad(y, x, g)
        print(fn.__name__, shape, dim, y.sum().item(), y.flatten()[:6].tolist())
        print("  grad", grad.flatten()[-6:].tolist(), grad.abs().sum().item())

# cross_entropy on images: log_softmax over the channels, then the pixels' cascade
logits = torch.randn(2, 5, 8, 8, requires_grad=True)
labels = torch.randint(0, 5, (2, 8, 8))
loss = F.cross_entropy(logits, labels)
loss.backward()
print(loss.item(), logits.grad[0, :, 0, :3].flatten().tolist())
print(F.cross_entropy(logits, labels, reduction="sum").item())
print(F.softmax(logits, dim=1)[1, :, 7, 7].tolist())
