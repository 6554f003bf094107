# Q: CrossEntropyLoss with a float class index target
import torch
import torch.nn as nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
target = torch.tensor([0.0, 2.0])
ce = nn.CrossEntropyLoss()
try:
    print(ce(logits, target))
except RuntimeError as e:
    print("RuntimeError:", e)
print(ce(logits, target.long()).round(decimals=4))
