# Quiz B47: gradients of softmax outputs sum to zero
import torch

z = torch.tensor([0.0, 0.0, 0.0, 0.0], requires_grad=True)
p = torch.softmax(z, dim=0)
p[0].backward()
print(p, z.grad, z.grad.sum())
z.grad = None
torch.log_softmax(z, 0)[2].backward()
print(z.grad)
