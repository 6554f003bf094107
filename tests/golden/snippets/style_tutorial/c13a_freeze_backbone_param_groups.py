# Transfer-learning style: freeze a "backbone" with requires_grad_(False), train the head with its own lr.
import torch
import torch.nn as nn

torch.manual_seed(7)
backbone = nn.Sequential(nn.Conv2d(3, 8, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten())
head = nn.Linear(8, 3)
model = nn.Sequential(backbone, head)

backbone.requires_grad_(False)
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
total = sum(p.numel() for p in model.parameters())
print(f"trainable {trainable} / {total}")
print([n for n, p in model.named_parameters() if p.requires_grad])

opt = torch.optim.SGD([
    {"params": backbone.parameters(), "lr": 1e-4},
    {"params": head.parameters()},
], lr=0.1, momentum=0.9)
print([(len(g["params"]), g["lr"], g["momentum"]) for g in opt.param_groups])

before_w = backbone[0].weight.clone()
before_h = head.weight.clone()
x = torch.randn(4, 3, 10, 10)
y = torch.tensor([0, 2, 1, 0])
loss = nn.functional.cross_entropy(model(x), y)
loss.backward()
print(backbone[0].weight.grad, head.weight.grad.shape)
opt.step()
print(torch.equal(before_w, backbone[0].weight), torch.equal(before_h, head.weight))
print((head.weight - before_h).abs().max())
print(round(loss.item(), 4))
