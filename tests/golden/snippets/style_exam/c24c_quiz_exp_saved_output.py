# Quiz 34: exp saves its result; modifying the result breaks backward
import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = x.exp()
y[0] = 0.0
try:
    y.sum().backward()
except RuntimeError as e:
    msg = str(e)
    print(msg[: msg.index("Hint")].strip())
