import torch

theta = torch.full((2,), 0.5, requires_grad=True)
sgd = torch.optim.SGD([theta], lr=0.25)
(theta.exp()).sum().backward()
print("first  :", theta.grad)
sgd.zero_grad(set_to_none=False)
print("zeroed :", theta.grad, theta.grad is None)
(theta * theta).sum().backward()
print("second :", theta.grad)
sgd.zero_grad()
print("cleared:", theta.grad)
sgd.step()
print("after step without grad:", theta.detach())
