import torch

# Exam B3-1. Why does this backward fail? Give the exact message.
a = torch.tensor([1.0, 2.0])
loss = (a * 3).sum()
try:
    loss.backward()
except RuntimeError as e:
    print(e)
w = torch.tensor([1.0], requires_grad=True)
with torch.no_grad():
    out = (w * 2).sum()
try:
    out.backward()
except RuntimeError as e:
    print(e)
