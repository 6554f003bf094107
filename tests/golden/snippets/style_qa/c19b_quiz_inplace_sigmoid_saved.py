# Quiz 59: relu_ after sigmoid - does backward still work?
import torch

x = torch.tensor([-1.0, 0.5], requires_grad=True)
s = torch.sigmoid(x)
r = s.relu()
r.mul_(3)
r.sum().backward()
print(x.grad)
x.grad = None
s2 = torch.sigmoid(x)
s2.relu_()
try:
    s2.sum().backward()
    print(x.grad)
except RuntimeError as e:
    print(e)
