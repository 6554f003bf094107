# Dropout is active in train() mode and the identity in eval() mode.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(p=0.5))
x = torch.ones(1, 4)
print(model.training)
print(model(x))
model.eval()
print(model.training, model[1].training)
print(model(x))
with torch.no_grad():
    print(model(x).requires_grad)
