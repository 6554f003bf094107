# Transfer learning: unfreezing the last block later and adding a param group for it.
import torch
import torch.nn as nn

torch.manual_seed(0)
feat = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Conv2d(2, 2, 3), nn.ReLU())
clf = nn.Linear(2, 3)
feat.requires_grad_(False)
opt = torch.optim.SGD(clf.parameters(), lr=0.01)
print([p.requires_grad for p in feat.parameters()])
for p in feat[2].parameters():
    p.requires_grad_(True)
opt.add_param_group({"params": feat[2].parameters(), "lr": 0.001})
print(len(opt.param_groups), [g["lr"] for g in opt.param_groups])
frozen = sum(p.numel() for p in feat.parameters() if not p.requires_grad)
print(frozen, sum(p.numel() for p in feat[2].parameters()))
