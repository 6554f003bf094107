"""Switching to training mode (the assistant assigned instead of calling)."""
import torch.nn as nn

model = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.3))
model.train = False
print(model.training, model[1].training)
try:
    model.eval()
except TypeError as e:
    print("TypeError:", e)
del model.train
model.eval()
print(model.training, model[1].training)
