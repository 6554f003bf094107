import numpy as np
import torch

model = torch.nn.Linear(2, 1)
try:
    model(torch.from_numpy(np.array([[1.0, 2.0]])))
except RuntimeError as e:
    print(e)
y = torch.tensor(2.5, requires_grad=True) ** 2
print(float(y))
print(torch.cuda.is_available(), torch.backends.mps.is_available())
device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
print(device)
