# Why does my model give different answers? model.eval() and dropout
import torch
from torch import nn

torch.manual_seed(0)
clf = nn.Sequential(nn.Linear(3, 4), nn.Dropout(p=0.5), nn.Linear(4, 1))
sample = torch.ones(1, 3)
print("train mode:", [round(clf(sample).item(), 4) for _ in range(3)])
clf.eval()
print("eval mode: ", [round(clf(sample).item(), 4) for _ in range(3)])
print({name: m.training for name, m in clf.named_modules()})
clf.train()
print(clf[1].training, clf[1])
