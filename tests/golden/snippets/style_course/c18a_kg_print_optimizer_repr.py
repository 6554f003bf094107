# Printing RMSprop and Adagrad objects, and their defaults, in a notebook cell
import torch
from torch import nn

model = nn.Linear(3, 1)
rms = torch.optim.RMSprop(model.parameters(), lr=5e-3, alpha=0.95, centered=True)
print(rms)
ada = torch.optim.Adagrad(model.parameters(), lr=0.05, lr_decay=1e-4, initial_accumulator_value=0.1)
print(ada)
print(sorted(ada.defaults))
