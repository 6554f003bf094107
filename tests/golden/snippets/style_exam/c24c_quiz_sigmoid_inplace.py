# Quiz 5: sigmoid saves its output; modifying it in place...
import torch

x = torch.zeros(3, requires_grad=True)
s = torch.sigmoid(x)
s.mul_(2)
try:
    s.sum().backward()
except RuntimeError as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
s = torch.sigmoid(x)
t = s * 2
t.sum().backward()
print(x.grad)
