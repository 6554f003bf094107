# Quiz: the gradient of one softmax output with respect to the logits.
import torch

z = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
p = torch.softmax(z, dim=0)
p[2].backward()
print(p)
print(z.grad)
print(round(z.grad.sum().item(), 6))
