import torch

# Every digit of the parameters after SGD steps: PyTorch's updates are fused multiply-adds.
# (The loss has gradients every library rounds alike, so only the updates are under test.)
settings = [
    dict(lr=0.1),
    dict(lr=0.05, momentum=0.9),
    dict(lr=0.01, momentum=0.9, dampening=0.3),
    dict(lr=0.03, momentum=0.8, nesterov=True),
    dict(lr=0.02, momentum=0.5, weight_decay=0.01),
    dict(lr=0.07, weight_decay=0.1, maximize=True),
]
for options in settings:
    torch.manual_seed(0)
    w = torch.randn(37, requires_grad=True)
    x = torch.randn(37)
    c = torch.full((37,), 0.37)
    opt = torch.optim.SGD([w], **options)
    for _ in range(15):
        opt.zero_grad()
        ((w * x).sum() + (w * w * c).sum()).backward()
        opt.step()
    print(options, w.tolist())

torch.manual_seed(1)
d = torch.randn(16, 3, dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([d], lr=0.3, momentum=0.7)
for _ in range(10):
    opt.zero_grad()
    (d * d * torch.arange(3.0, dtype=torch.float64)).sum().backward()
    opt.step()
print(d.sum().item(), d[0].tolist())
