# Q: optimizer.zero_grad() - are grads zero or None afterwards? and x.grad.zero_() vs x.grad = None.
import torch

torch.manual_seed(0)
lin = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
lin(torch.ones(1, 2)).sum().backward()
print(lin.weight.grad)
opt.zero_grad()
print(lin.weight.grad)
lin(torch.ones(1, 2)).sum().backward()
opt.zero_grad(set_to_none=False)
print(lin.weight.grad, lin.bias.grad)
lin.zero_grad()
print(lin.bias.grad)
x = torch.ones(3, requires_grad=True)
(x * 2).sum().backward()
x.grad.zero_()
print(x.grad)
x.grad = None
print(x.grad)
(x * 2).sum().backward()
(x * 2).sum().backward()
print("accumulated:", x.grad)
