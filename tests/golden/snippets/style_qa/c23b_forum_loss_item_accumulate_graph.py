import torch

w = torch.tensor(1.0, requires_grad=True)
running = 0
for i in range(3):
    loss = (w * i - 1) ** 2
    running += loss
print(running, type(running).__name__)
running = 0.0
for i in range(3):
    loss = (w * i - 1) ** 2
    running += loss.item()
print(running, type(running).__name__)
try:
    print(float(torch.tensor([1.0, 2.0])))
except Exception as e:
    print(type(e).__name__, e)
