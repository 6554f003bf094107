# Saturated sigmoids give near-zero saliency: the vanishing-gradient problem for attributions
import torch

x = torch.tensor([-20.0, -2.0, 0.0, 2.0, 20.0], requires_grad=True)
y = torch.sigmoid(x)
y.sum().backward()
print(y)
print(x.grad)
print(x.grad == 0)
x.grad = None
torch.nn.functional.logsigmoid(x).sum().backward()
print(x.grad)
