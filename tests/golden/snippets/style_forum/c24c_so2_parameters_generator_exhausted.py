# Q: my optimizer has no params -- parameters() was already consumed
import torch.nn as nn

layer = nn.Linear(3, 1)
gen = layer.parameters()
print(type(gen).__name__)
print(len(list(gen)))
print(len(list(gen)))
print([tuple(p.shape) for p in layer.parameters()])
