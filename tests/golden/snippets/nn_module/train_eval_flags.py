import torch
from torch import nn

model = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.5), nn.Sequential(nn.BatchNorm1d(2)))
print(model.training, model[1].training, model[2][0].training)
print(model.eval())
print(model.training, model[1].training, model[2][0].training)
model.train()
print([m.training for m in model.modules()])
model[1].train(False)
print([m.training for m in model.modules()])
try:
    model.train("yes")
except ValueError as e:
    print("ValueError", e)
