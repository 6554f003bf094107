"""Looking at the first parameter of a model."""
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
try:
    first = model.parameters()[0]
except TypeError as e:
    print("TypeError:", e)
first = next(model.parameters())
print(first.shape)
params = list(model.parameters())
print(len(params), params[1])
