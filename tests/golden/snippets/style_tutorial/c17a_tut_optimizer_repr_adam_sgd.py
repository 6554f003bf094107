# Printing optimizers shows every option of each parameter group
import torch
from torch import nn

model = nn.Linear(2, 2)
print(torch.optim.Adam(model.parameters(), lr=3e-4))
print(torch.optim.SGD([{"params": [model.weight]}, {"params": [model.bias], "lr": 0.5}], lr=0.01, nesterov=True,
                      momentum=0.9))
print(torch.optim.RMSprop(model.parameters()).defaults)
