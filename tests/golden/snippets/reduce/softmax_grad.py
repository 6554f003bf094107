import torch

x = torch.tensor([1., 2., 3.], requires_grad=True)
p = torch.softmax(x, dim=0)
print(p)
p[0].backward()
print(x.grad)
y = torch.tensor([1., 2., 3.], requires_grad=True)
torch.log_softmax(y, 0)[2].backward()
print(y.grad)
