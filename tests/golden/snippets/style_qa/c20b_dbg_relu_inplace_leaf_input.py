# nn.ReLU(inplace=True) right on the input that requires grad
import torch
import torch.nn as nn

x = torch.tensor([-1.0, 2.0, -3.0], requires_grad=True)
act = nn.ReLU(inplace=True)
try:
    act(x)
except RuntimeError as e:
    print("RuntimeError:", e)
y = x * 1
out = act(y)
print(out, out is y, y.grad_fn)
out.sum().backward()
print(x.grad)
