# Q: "'Tensor' object is not callable": the loss function was overwritten by its own result.
import torch
import torch.nn as nn

torch.manual_seed(5)
model = nn.Linear(3, 1)
loss = nn.MSELoss()
x, y = torch.randn(8, 3), torch.randn(8, 1)
for step in range(2):
    try:
        loss = loss(model(x), y)
        print(step, loss.item())
    except TypeError as e:
        print(step, type(e).__name__, e)
t = torch.ones(2)
try:
    t.shape()
except TypeError as e:
    print(e)
try:
    t.size[0]
except TypeError as e:
    print(e)
print(t.size(0), t.shape[0])
