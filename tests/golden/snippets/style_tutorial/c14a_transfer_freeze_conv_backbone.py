# Transfer-learning style: a "pretrained" feature extractor frozen with requires_grad_(False), a new head, StepLR.
import torch
import torch.nn as nn

torch.manual_seed(1404)
features = nn.Sequential(nn.Conv2d(3, 6, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten())
features.requires_grad_(False)
head = nn.Linear(6, 2)
net = nn.Sequential(features, head)
print(net)
print(sum(q.numel() for q in net.parameters() if q.requires_grad), sum(q.numel() for q in net.parameters()))
opt = torch.optim.SGD(head.parameters(), lr=0.01, momentum=0.9)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.1)
pics = torch.randn(4, 3, 8, 8)
cls = torch.tensor([1, 0, 0, 1])
for ep in range(4):
    opt.zero_grad()
    scores = net(pics)
    ce = nn.functional.cross_entropy(scores, cls)
    ce.backward()
    opt.step()
    sched.step()
    hits = (scores.argmax(1) == cls).sum().item()
    print(ep, ce.item(), hits, sched.get_last_lr())
print(features[0].weight.grad, head.weight.grad.shape)
print(scores.requires_grad, features(pics).requires_grad, features(pics).grad_fn)
