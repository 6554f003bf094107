# Quiz: sigmoid saves its output; relu_ then overwrites it.
import torch

x = torch.tensor([-1.0, 2.0], requires_grad=True)
s = torch.sigmoid(x)
torch.relu_(s)
try:
    s.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
t = torch.tanh(x) * 1
t.relu_()
t.sum().backward()
print(x.grad)
