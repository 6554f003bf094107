# DeepFool for a binary linear classifier: the minimal step onto the decision boundary
import torch

w = torch.tensor([3.0, -4.0])
b = torch.tensor(1.0)
x = torch.tensor([2.0, 1.0], requires_grad=True)
f = w @ x + b
f.backward()
r = -f.detach() * x.grad / x.grad.norm() ** 2
print(f.item(), x.grad)
print(r, r.norm())
x_new = x.detach() + 1.02 * r
print(x_new, (w @ x_new + b).sign().item())
