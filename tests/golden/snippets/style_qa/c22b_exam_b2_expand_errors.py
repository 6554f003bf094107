import torch

# Exam B2-4. expand rules.
v = torch.tensor([[1.0], [2.0]])
print(v.expand(2, 3))
print(v.expand(4, -1, 5).shape)
try:
    v.expand(3, 3)
except RuntimeError as e:
    print(e)
try:
    torch.ones(2, 3).view(3, 3)
except RuntimeError as e:
    print(e)
