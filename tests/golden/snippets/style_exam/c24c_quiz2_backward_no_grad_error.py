# Quiz B11: backward on something that does not require grad
import torch

x = torch.tensor([1.0, 2.0])
y = (x * 2).sum()
try:
    y.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    w = torch.tensor([1.0], requires_grad=True)
    z = (w * 2).sum()
try:
    z.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
print(z.requires_grad, w.requires_grad)
