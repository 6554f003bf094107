# building nn.Sequential from a python list
import torch.nn as nn

layers = [nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2)]
try:
    nn.Sequential(layers)
except TypeError as e:
    print("TypeError:", e)
model = nn.Sequential(*layers)
print(model)
print(len(model), model[-1])
