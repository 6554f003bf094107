# Q: errors calling nn.Sequential / modules wrongly: two inputs, missing input, module not instantiated.
import torch
from torch import nn

model = nn.Sequential(nn.Linear(2, 3), nn.ReLU())
x = torch.ones(1, 2)
try:
    model(x, x)
except TypeError as e:
    print("TypeError:", e)
try:
    model()
except TypeError as e:
    print("TypeError:", e)
try:
    nn.Sequential(nn.Linear(2, 3), nn.ReLU)(x)
except TypeError as e:
    print("TypeError:", e)
try:
    nn.Linear(2)
except TypeError as e:
    print("TypeError:", e)
try:
    nn.Sequential([nn.Linear(2, 3), nn.ReLU()])
except TypeError as e:
    print("TypeError:", e)
print(nn.Sequential(*[nn.Linear(2, 3), nn.ReLU()]))
print(len(model), model[0], model[-1], model[:1])
try:
    model[5]
except IndexError as e:
    print("IndexError:", e)
