# Activation functions compared: their gradients
import torch
import torch.nn.functional as F

for name, fn in [("relu", F.relu), ("sigmoid", torch.sigmoid), ("tanh", torch.tanh), ("gelu", F.gelu)]:
    x = torch.tensor([-2.0, 0.0, 2.0], requires_grad=True)
    fn(x).sum().backward()
    print(f"{name:8s} grad: {x.grad}")
x = torch.tensor([-2.0, 0.0, 2.0], requires_grad=True)
F.leaky_relu(x, 0.2).sum().backward()
print(x.grad)
print(F.relu(torch.tensor([-1.0, 0.0, 1.0])).dtype)
