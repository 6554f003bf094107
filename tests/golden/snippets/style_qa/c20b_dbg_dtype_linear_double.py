# feeding a numpy float64 array into nn.Linear
import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(9)
data = np.linspace(0, 1, 6).reshape(3, 2)
x = torch.from_numpy(data)
print(x.dtype)
layer = nn.Linear(2, 1)
layer(x)
