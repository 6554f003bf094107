# Issue: in-place add on the output of relu, which ReluBackward0 saved.
import torch

x = torch.tensor([-1.0, 2.0, 3.0], requires_grad=True)
h = torch.relu(x)
h += 1
try:
    h.sum().backward()
except RuntimeError as e:
    print(e)
h2 = torch.nn.functional.leaky_relu(x, 0.1)
h2 += 1
h2.sum().backward()
print(x.grad)
