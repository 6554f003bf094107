# Q: why does backward twice work on a plain sum?
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x + 3).sum()
y.backward()
y.backward()
print(x.grad)
z = (x * 2).sum()
z.backward()
try:
    z.backward()
except RuntimeError as e:
    print('mul by 2:', str(e)[:40])
print(x.grad)
m = (x * x).sum()
m.backward()
try:
    m.backward()
except RuntimeError as e:
    print(type(e).__name__)
