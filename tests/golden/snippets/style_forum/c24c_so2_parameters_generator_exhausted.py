# Q: my optimizer has no params -- parameters() was already consumed
import torch.nn as nn

m = nn.Linear(3, 1)
params = m.parameters()
print(type(params).__name__)
print(len(list(params)))
print(len(list(params)))
print([tuple(p.shape) for p in m.parameters()])
