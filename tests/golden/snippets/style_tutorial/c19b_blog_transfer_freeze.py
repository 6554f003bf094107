# Transfer learning 101: freezing the backbone
import torch
import torch.nn as nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 16))
for p in backbone.parameters():
    p.requires_grad = False
model = nn.Sequential(backbone, nn.ReLU(), nn.Linear(16, 2))
opt = torch.optim.Adam(filter(lambda p: p.requires_grad, model.parameters()), lr=1e-3)
print(len(opt.param_groups[0]["params"]))
loss = model(torch.randn(3, 8)).sum()
loss.backward()
print(backbone[0].weight.grad, model[2].weight.grad.shape)
frozen = sum(p.numel() for p in model.parameters() if not p.requires_grad)
print(f"frozen: {frozen}, trainable: {sum(p.numel() for p in model.parameters()) - frozen}")
