import torch

x = torch.tensor(0.5, requires_grad=True)
y = torch.sin(x)
z = torch.exp(y)
w = z ** 2
w.backward()
print(w)
print(x.grad)
print(2 * torch.exp(2 * torch.sin(torch.tensor(0.5))) * torch.cos(torch.tensor(0.5)))
